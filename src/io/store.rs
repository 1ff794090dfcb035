//! Versioned persistence of the workspace behind a [`Store`] trait: the browser implements it
//! with localStorage, tests with [`MemoryStore`]. A document that cannot be read is never
//! overwritten: its key is reserved and the page says which list could not be opened.

use crate::lists::{CustomerList, Revision, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

/// The schema version written into every stored or exported document.
pub const SCHEMA_VERSION: u32 = 1;

/// The storage key of the index of lists.
pub const INDEX_KEY: &str = "value-pyramid/index";
/// Where a damaged index is kept, as it was found, until the user has downloaded or removed it.
const KEPT_INDEX_KEY: &str = "value-pyramid/kept/index";
/// The id under which a damaged or missing index is named among the unreadable documents.
pub const INDEX_ID: &str = "index";

/// The storage key of a list is this followed by its id.
pub const LIST_KEY_PREFIX: &str = "value-pyramid/list/";
const LIST_PREFIX: &str = LIST_KEY_PREFIX;

/// The storage key of the purchase log the purchase-history page works on.
pub const LOG_KEY: &str = "value-pyramid/purchase-log";

/// Whether a key holds the user's work (lists, the index, a kept index, the purchase log)
/// rather than a small preference of the page: documents move to the larger store.
pub fn is_document_key(key: &str) -> bool {
    key == INDEX_KEY || key == KEPT_INDEX_KEY || key == LOG_KEY || is_list_key(key)
}

/// Whether a key holds a list document (whose saves carry a revision).
pub fn is_list_key(key: &str) -> bool {
    key.starts_with(LIST_KEY_PREFIX)
}

/// Why the browser did not keep something.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreError {
    /// Storage is switched off or not offered (private mode, policy).
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Another window saved (or deleted) this list since this one read it; saving here would
    /// overwrite newer work, so nothing was written. The list's id.
    Conflict(String),
    /// Anything else the browser reported, in its words.
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "the browser's storage is not available"),
            StoreError::QuotaExceeded => write!(f, "the browser's storage is full"),
            StoreError::Conflict(id) => write!(f, "list {id} was changed in another window"),
            StoreError::Other(why) => write!(f, "the browser refused to save: {why}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A key–value store of text documents.
pub trait Store {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key stored, so that lists can be found without the index.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// The revision of the list document stored under `key` (`None`: nothing stored). A store
    /// that keeps large lists may know it without reading the document again.
    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.read(key)?.map(|text| doc_revision(&text)))
    }
    /// Writes a list document of the given revision (the one written into it), handing the
    /// text over: a store that keeps revisions takes it from here rather than reading it back
    /// out of millions of characters (parsing a 100,000-customer list took longer than
    /// writing it).
    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        let _ = revision;
        self.write(key, &value.joined())
    }
}

/// A document's text in parts, joined only where one piece of text is needed. A list's
/// customers are kept between saves (see [`Persistence`]) as compressed JSON; the parts share
/// that text, so a store that keeps documents in memory holds the list's text once, not twice,
/// and a save copies none of it.
#[derive(Debug, Clone)]
pub struct DocText {
    parts: Vec<Rc<TextPart>>,
}

impl PartialEq for DocText {
    /// The same text, however it is cut into parts or packed.
    fn eq(&self, other: &DocText) -> bool {
        other.equals(&self.joined())
    }
}

impl Eq for DocText {}

/// One part of a document's text: as it is, or packed with LZ4. The JSON of 100,000 customers
/// (19 million characters) packs to about 3 MB, and a list's text is held for the page's whole
/// life, in WebAssembly memory that is never given back: packed, it no longer makes the page
/// go over its memory budget. LZ4 because it is fast both ways (about 0.4 ms to pack the
/// thousand customers an edit writes again, natively; 11 ms to unpack a whole list) where a
/// smaller format would slow every save.
#[derive(Debug)]
pub struct TextPart(PartRepr);

impl Default for TextPart {
    fn default() -> TextPart {
        TextPart::plain(String::new())
    }
}

#[derive(Debug)]
enum PartRepr {
    Plain(String),
    /// The text's UTF-8 bytes compressed, after their length (`lz4_flex`'s size-prepended
    /// block).
    Packed(Vec<u8>),
}

impl TextPart {
    /// A part kept as it is (the small head and tail of a list, a document written whole).
    pub fn plain(text: String) -> TextPart {
        TextPart(PartRepr::Plain(text))
    }

    /// A part kept packed.
    pub fn packed(text: &str) -> TextPart {
        // Packed into room for the worst case, then shrunk to what it took (the test of the
        // saver's pieces holds it to that).
        TextPart(PartRepr::Packed(lz4_flex::compress_prepend_size(
            text.as_bytes(),
        )))
    }

    /// The part's text, unpacked if it was packed.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.0 {
            PartRepr::Plain(text) => std::borrow::Cow::Borrowed(text),
            // A packed part is only ever made from a `str` by `packed`: its bytes unpack to
            // that text. Anything else is memory gone bad, which no text can stand for.
            PartRepr::Packed(bytes) => std::borrow::Cow::Owned(
                lz4_flex::decompress_size_prepended(bytes)
                    .ok()
                    .and_then(|text| String::from_utf8(text).ok())
                    .expect("a packed part unpacks to the text packed"),
            ),
        }
    }

    /// Length of the text in bytes, without unpacking it.
    pub fn len(&self) -> usize {
        match &self.0 {
            PartRepr::Plain(text) => text.len(),
            PartRepr::Packed(bytes) => bytes.get(..4).map_or(0, |size| {
                u32::from_le_bytes([size[0], size[1], size[2], size[3]])
            }) as usize,
        }
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes the part holds in memory (what packing saves), beside its text's length.
    pub fn held_bytes(&self) -> usize {
        match &self.0 {
            PartRepr::Plain(text) => text.capacity(),
            PartRepr::Packed(bytes) => bytes.capacity(),
        }
    }
}

/// Bytes of text in each part of [`DocText::packed`].
const PACKED_PART: usize = 1 << 20;

impl DocText {
    /// A text in one part.
    pub fn whole(text: &str) -> DocText {
        DocText {
            parts: vec![Rc::new(TextPart::plain(text.to_string()))],
        }
    }

    /// A text packed in parts of about a megabyte (each packed in a buffer of its own size,
    /// not one of the whole text's).
    pub fn packed(text: &str) -> DocText {
        DocText::packed_in(text, PACKED_PART)
    }

    fn packed_in(text: &str, part_bytes: usize) -> DocText {
        let mut parts = Vec::with_capacity(text.len() / part_bytes.max(1) + 1);
        let mut rest = text;
        while !rest.is_empty() {
            let mut end = part_bytes.max(1).min(rest.len());
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            let (part, after) = rest.split_at(end);
            parts.push(Rc::new(TextPart::packed(part)));
            rest = after;
        }
        DocText { parts }
    }

    /// The parts, in order; joined they are the document.
    pub fn parts(&self) -> &[Rc<TextPart>] {
        &self.parts
    }

    /// The document as one text.
    pub fn joined(&self) -> String {
        let mut text = String::with_capacity(self.len());
        for part in &self.parts {
            text.push_str(&part.text());
        }
        text
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.parts.iter().map(|p| p.len()).sum()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(|p| p.is_empty())
    }

    /// Whether the text equals `other`, without joining the parts.
    pub fn equals(&self, other: &str) -> bool {
        let mut rest = other;
        for part in &self.parts {
            match rest.strip_prefix(&*part.text()) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    }

    /// The revision written into a list document: read from its head (its first part, or the
    /// start of a text in one part) when that settles it, else from the whole text.
    pub fn revision(&self) -> u64 {
        let Some(first) = self.parts.first() else {
            return 0;
        };
        let first = first.text();
        let head = first
            .get(..REVISION_HEAD)
            .filter(|_| self.parts.len() == 1)
            .unwrap_or(&first);
        revision_from_head(head).unwrap_or_else(|| doc_revision(&self.joined()))
    }
}

/// An in-memory store, with an optional size limit in characters to imitate a full browser.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    pub items: BTreeMap<String, String>,
    pub quota: Option<usize>,
}

/// One store shared by several users, as the browser's storage is by its windows (tests).
impl<S: Store> Store for Rc<RefCell<S>> {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.borrow().read(key)
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.borrow_mut().write(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.borrow_mut().remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.borrow().keys()
    }

    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        self.borrow().revision(key)
    }

    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        self.borrow_mut().write_list(key, value, revision)
    }
}

impl Store for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let others: usize = self
                .items
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.items.keys().cloned().collect())
    }
}

/// The stored index: which lists exist, in order, and what the page showed last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IndexDoc {
    pub schema: u32,
    pub lists: Vec<String>,
    pub current: String,
    /// The view open when the page was left (restored on reload).
    pub view: String,
}

/// One list as stored and as exported to a JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListDoc {
    pub schema: u32,
    pub app: String,
    /// How many times the list was saved in this browser: a window may only save over the
    /// revision it read. Not written to exported files.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub revision: u64,
    pub list: CustomerList,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The revision of a stored list document, read without building the list; 0 for documents
/// written before lists had revisions, or that cannot be read.
pub fn doc_revision(text: &str) -> u64 {
    #[derive(Deserialize)]
    struct RevisionOnly {
        #[serde(default)]
        revision: u64,
    }
    serde_json::from_str::<RevisionOnly>(text).map_or(0, |d| d.revision)
}

/// How much of a stored list's text [`revision_from_head`] needs: the revision comes before the
/// list, after the schema and the app's name.
pub const REVISION_HEAD: usize = 256;

/// The revision of a stored list read from the start of its text alone, as this app writes it
/// (`{"schema":…,"app":…,"revision":N,"list":…`, no revision written when 0), so a window can
/// check what another one stored without reading millions of characters; `None` when the head
/// does not settle it (then [`doc_revision`] reads the whole text).
pub fn revision_from_head(head: &str) -> Option<u64> {
    let before_list = &head[..head.find("\"list\":")?];
    match before_list.find("\"revision\":") {
        None => Some(0),
        Some(at) => {
            let digits = &before_list[at + "\"revision\":".len()..];
            let end = digits
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(digits.len());
            digits[..end].parse().ok()
        }
    }
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocError {
    /// Not JSON, or not the shape of a list.
    Invalid(String),
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// JSON from another program.
    NotOurs,
}

impl std::fmt::Display for DocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocError::Invalid(why) => write!(f, "not a Value Pyramid list: {why}"),
            DocError::NewerVersion(v) => write!(f, "written by a newer version (schema {v})"),
            DocError::NotOurs => write!(f, "not a Value Pyramid list"),
        }
    }
}

impl std::error::Error for DocError {}

fn list_document(list: &CustomerList) -> ListDoc {
    ListDoc {
        schema: SCHEMA_VERSION,
        app: "value-pyramid".into(),
        revision: 0,
        list: list.clone(),
    }
}

/// Serialises a list as a versioned document, indented for a person opening the exported file.
pub fn list_to_json(list: &CustomerList) -> String {
    serde_json::to_string_pretty(&list_document(list)).unwrap_or_default()
}

/// The same document without indentation, as it is kept in the browser: indentation took about
/// 40 % of a stored list, and the browser's storage is small.
#[cfg(test)]
fn stored_json(list: &CustomerList, revision: u64) -> String {
    CustomersText::default()
        .refresh(&list.customers)
        .map(|customers| stored_json_with(list, revision, customers).joined())
        .unwrap_or_default()
}

/// How many customers one piece of [`CustomersText`] holds: an edit of one customer
/// serialises this many again instead of the whole list (100,000 customers are ~19 million
/// characters, ~200 ms in the page), and the pieces stay few enough to join quickly.
const CUSTOMERS_PER_PIECE: usize = 1_000;

/// A list's customers as stored JSON, kept by [`Persistence`] between saves in pieces of
/// [`CUSTOMERS_PER_PIECE`]: a settings edit reuses every piece, an edit of one customer
/// (`Revised::edit`) writes one piece again, anything else writes them all.
#[derive(Debug, Default)]
struct CustomersText {
    /// The customers' revision the pieces were written from (`None`: nothing written yet).
    revision: Option<Revision>,
    /// Each piece: its customers' JSON objects, comma-separated, without the brackets, each
    /// after the first starting with the comma that separates it from the one before; the
    /// document shares them ([`DocText`]), so they are the list's only text in memory.
    pieces: Vec<Rc<TextPart>>,
    /// Pieces serialised so far, all revisions together (what a test can count).
    pieces_written: usize,
    /// A whole text being written ahead of a save ([`CustomersText::write_ahead`]): the
    /// revision it is of and how many of its first pieces are written.
    ahead: Option<(Revision, usize)>,
}

impl CustomersText {
    /// Brings the pieces up to the customers' revision and returns them; `None` if a customer
    /// could not be written as JSON.
    fn refresh(
        &mut self,
        customers: &crate::lists::Revised<Vec<crate::engine::model::Customer>>,
    ) -> Option<&[Rc<TextPart>]> {
        let current = customers.revision();
        if self.revision == Some(current) {
            return Some(&self.pieces);
        }
        let piece_count = customers.len().div_ceil(CUSTOMERS_PER_PIECE);
        let stale: Vec<usize> = match self.revision.and_then(|r| customers.changed_since(r)) {
            Some(changed) if self.pieces.len() == piece_count => {
                let mut pieces: Vec<usize> =
                    changed.iter().map(|i| i / CUSTOMERS_PER_PIECE).collect();
                pieces.dedup();
                pieces
            }
            _ => (self.whole_text_from(current, piece_count)..piece_count).collect(),
        };
        self.ahead = None;
        // Until every piece is written again the text is of no revision.
        self.revision = None;
        for k in stale {
            self.write_piece(customers, k)?;
        }
        self.revision = Some(current);
        Some(&self.pieces)
    }

    /// Writes up to `pieces` more pieces of the customers' whole text ahead of a save, so that
    /// a page can write a large list's text a slice at a time and its save only joins it. True
    /// when nothing is left to write ahead: the text is of the customers' revision, or a save
    /// would write only the pieces an edit touched. `None` if a customer could not be written
    /// as JSON (the save then says so).
    fn write_ahead(
        &mut self,
        customers: &crate::lists::Revised<Vec<crate::engine::model::Customer>>,
        pieces: usize,
    ) -> Option<bool> {
        let current = customers.revision();
        let piece_count = customers.len().div_ceil(CUSTOMERS_PER_PIECE);
        let edited = self.revision.is_some_and(|r| {
            self.pieces.len() == piece_count && customers.changed_since(r).is_some()
        });
        if edited {
            return Some(true);
        }
        let from = self.whole_text_from(current, piece_count);
        self.revision = None;
        let to = from.saturating_add(pieces).min(piece_count);
        for k in from..to {
            self.write_piece(customers, k)?;
        }
        if to == piece_count {
            self.ahead = None;
            self.revision = Some(current);
            return Some(true);
        }
        self.ahead = Some((current, to));
        Some(false)
    }

    /// Where the writing of a whole text of revision `current` starts: after the pieces
    /// written ahead for it, or from the first, with room made for every piece.
    fn whole_text_from(&mut self, current: Revision, piece_count: usize) -> usize {
        match self.ahead {
            Some((revision, written))
                if revision == current && self.pieces.len() == piece_count =>
            {
                written
            }
            _ => {
                self.ahead = None;
                self.pieces = vec![Rc::default(); piece_count];
                0
            }
        }
    }

    /// Writes piece `k` of the customers' text.
    fn write_piece(
        &mut self,
        customers: &[crate::engine::model::Customer],
        k: usize,
    ) -> Option<()> {
        let start = k * CUSTOMERS_PER_PIECE;
        let end = (start + CUSTOMERS_PER_PIECE).min(customers.len());
        // The array's text made into the piece where it lies: its closing bracket dropped
        // and its opening one made the separating comma (or left out, for the first piece),
        // packed from where it was written rather than cut out and copied first.
        let mut text = serde_json::to_string(&customers[start..end]).ok()?;
        text.pop();
        let piece = if k == 0 {
            text.get(1..).unwrap_or_default()
        } else {
            text.replace_range(..1, ",");
            &text
        };
        self.pieces[k] = Rc::new(TextPart::packed(piece));
        self.pieces_written += 1;
        Some(())
    }
}

/// [`stored_json`] with the customers already serialised (the pieces of [`CustomersText`]).
/// The fields are `ListDoc`'s and `CustomerList`'s, in their order, so the text is the same (a
/// test compares them); the customers are copied in as they are, not parsed again.
fn stored_json_with(list: &CustomerList, revision: u64, customers: &[Rc<TextPart>]) -> DocText {
    #[derive(Serialize)]
    struct Head<'a> {
        schema: u32,
        app: &'static str,
        #[serde(skip_serializing_if = "is_zero")]
        revision: u64,
        list: HeadFields<'a>,
    }
    #[derive(Serialize)]
    struct HeadFields<'a> {
        id: &'a str,
        name: &'a str,
        is_demo: bool,
    }
    #[derive(Serialize)]
    struct TailFields<'a> {
        settings: &'a crate::engine::settings::Settings,
        choice_words: &'a crate::lists::ChoiceMemory,
    }
    let head = serde_json::to_string(&Head {
        schema: SCHEMA_VERSION,
        app: "value-pyramid",
        revision,
        list: HeadFields {
            id: &list.id,
            name: &list.name,
            is_demo: list.is_demo,
        },
    })
    .unwrap_or_default();
    let tail = serde_json::to_string(&TailFields {
        settings: &list.settings,
        choice_words: &list.choice_words,
    })
    .unwrap_or_default();
    // `{…,"list":{"id":…,"is_demo":b}}` and `{"settings":…}` around the customers: the head
    // loses its two closing braces, the tail its opening one.
    let (Some(head), Some(tail)) = (head.strip_suffix("}}"), tail.strip_prefix('{')) else {
        return DocText { parts: Vec::new() };
    };
    let mut parts = Vec::with_capacity(customers.len() + 2);
    parts.push(Rc::new(TextPart::plain(format!("{head},\"customers\":["))));
    parts.extend(customers.iter().cloned());
    parts.push(Rc::new(TextPart::plain(format!("],{tail}}}"))));
    DocText { parts }
}

/// What a backup file says it is, beside `"app": "value-pyramid"`.
const BACKUP_KIND: &str = "backup";

/// Every list in one file, each as its own versioned document, with the purchase log as it is
/// kept (`log`: its stored document), for a backup or to rescue what is stored when the page
/// fails.
pub fn backup_to_json(lists: &[CustomerList], log: Option<&str>) -> String {
    let docs: Vec<Value> = lists
        .iter()
        .filter_map(|l| serde_json::to_value(list_document(l)).ok())
        .collect();
    backup_document(docs, Vec::new(), log)
}

/// A backup made from what is stored, read as text: lists that cannot be read are kept as
/// their raw text under `unreadable`, so nothing is left behind. Used when the page itself
/// can no longer be trusted (after a panic).
pub fn backup_of_store(store: &impl Store) -> String {
    let ids: Vec<String> = store
        .read(INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<IndexDoc>(&text).ok())
        .map(|index| index.lists)
        .unwrap_or_default();
    let mut docs = Vec::new();
    let mut unreadable = Vec::new();
    for id in ids {
        let Ok(Some(text)) = store.read(&format!("{LIST_PREFIX}{id}")) else {
            continue;
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(doc) => docs.push(doc),
            Err(_) => unreadable.push(serde_json::json!({ "id": id, "text": text })),
        }
    }
    let log = store.read(LOG_KEY).ok().flatten();
    backup_document(docs, unreadable, log.as_deref())
}

fn backup_document(lists: Vec<Value>, unreadable: Vec<Value>, log: Option<&str>) -> String {
    let mut doc = serde_json::json!({
        "app": "value-pyramid",
        "kind": BACKUP_KIND,
        "schema": SCHEMA_VERSION,
        "lists": lists,
    });
    if !unreadable.is_empty() {
        doc["unreadable"] = Value::Array(unreadable);
    }
    // A log that cannot be read is kept as its text, like an unreadable list.
    match log.map(|text| (text, serde_json::from_str::<Value>(text))) {
        Some((_, Ok(log))) => doc[BACKUP_LOG] = log,
        Some((text, Err(_))) => doc["unreadable_log"] = Value::from(text),
        None => {}
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Where a backup holds the purchase log.
const BACKUP_LOG: &str = "purchase_log";

/// The purchase log a backup holds, as the document it is kept as (read it with
/// [`crate::io::purchase_log::kept_log_from_json`]).
pub fn log_from_backup(text: &str) -> Option<String> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    if value.get("kind").and_then(Value::as_str) != Some(BACKUP_KIND) {
        return None;
    }
    value.get(BACKUP_LOG).map(Value::to_string)
}

/// Reads a list document or a backup of several: the lists it holds, in order.
pub fn lists_from_json(text: &str) -> Result<Vec<CustomerList>, DocError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| DocError::Invalid(e.to_string()))?;
    if value.get("app").and_then(Value::as_str) != Some("value-pyramid") {
        return Err(DocError::NotOurs);
    }
    if value.get("kind").and_then(Value::as_str) != Some(BACKUP_KIND) {
        return list_from_value(value).map(|l| vec![l]);
    }
    check_schema(&value)?;
    value
        .get("lists")
        .and_then(Value::as_array)
        .ok_or_else(|| DocError::Invalid("a backup without lists".into()))?
        .iter()
        .cloned()
        .map(list_from_value)
        .collect()
}

/// A list document's `app` and `schema`: ours, and not of a newer schema.
fn check_list_head(app: Option<&Value>, schema: Option<&Value>) -> Result<(), DocError> {
    if app.and_then(Value::as_str) != Some("value-pyramid") {
        return Err(DocError::NotOurs);
    }
    check_schema_number(schema.and_then(Value::as_u64))
}

fn check_schema(value: &Value) -> Result<(), DocError> {
    check_schema_number(value.get("schema").and_then(Value::as_u64))
}

/// A document's schema, as a number when it is one.
fn check_schema_number(schema: Option<u64>) -> Result<(), DocError> {
    let schema = schema.unwrap_or(0);
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(DocError::NewerVersion(
            u32::try_from(schema).unwrap_or(u32::MAX),
        ));
    }
    Ok(())
}

/// Reads a versioned list document, migrating older schemas.
pub fn list_from_json(text: &str) -> Result<CustomerList, DocError> {
    let text = text.trim_start_matches('\u{feff}');
    // What the document says it is and how many customers it holds, read in a pass that keeps
    // nothing else, then the list read straight into its types: read into a tree of values
    // first, a list of 100,000 customers took some 50 MB beside its text.
    let through_tree = || {
        list_from_value(serde_json::from_str(text).map_err(|e| DocError::Invalid(e.to_string()))?)
    };
    let head = match serde_json::from_str::<DocHead>(text) {
        Ok(head) => head,
        // Not shaped as a list document (or not JSON): read as a tree, which says why.
        Err(_) => return through_tree(),
    };
    check_list_head(head.app.as_ref(), head.schema.as_ref())?;
    // Schema 1 is the first; later versions add their migrations here, oldest first.
    let customers = head.list.map_or(0, |list| list.customers.0);
    match crate::lists::expecting_customers(customers, || serde_json::from_str::<ListDoc>(text)) {
        Ok(doc) => Ok(doc.list),
        // What the tree reads and the types do not (a key given twice, say) reads as before,
        // with the reason the tree gives.
        Err(_) => through_tree(),
    }
}

/// The fields of a list document read before the list itself; the others are skipped.
#[derive(Deserialize)]
struct DocHead {
    app: Option<Value>,
    schema: Option<Value>,
    list: Option<ListHead>,
}

#[derive(Deserialize)]
struct ListHead {
    #[serde(default)]
    customers: Count,
}

/// How many items a sequence holds, counted without keeping them.
#[derive(Default)]
struct Count(usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Count, D::Error> {
        struct Counting;
        impl<'de> serde::de::Visitor<'de> for Counting {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Count, A::Error> {
                let mut n = 0;
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
        }
        deserializer.deserialize_seq(Counting)
    }
}

fn list_from_value(value: Value) -> Result<CustomerList, DocError> {
    check_list_head(value.get("app"), value.get("schema"))?;
    // Schema 1 is the first; later versions add their migrations here, oldest first.
    let doc: ListDoc =
        serde_json::from_value(value).map_err(|e| DocError::Invalid(e.to_string()))?;
    Ok(doc.list)
}

/// A list that is in storage but could not be opened; its key is never written.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub id: String,
    pub reason: String,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    /// Nothing was stored: a first visit (the page then adds the demo list).
    pub first_visit: bool,
    pub view: String,
    pub unreadable: Vec<Unreadable>,
    /// Storage itself failed (then the page works in memory and says so).
    pub error: Option<StoreError>,
}

/// Saves and loads the workspace through a store.
#[derive(Debug)]
pub struct Persistence<S: Store> {
    pub store: S,
    /// Ids whose stored documents could not be read; never overwritten, never reused.
    reserved: Vec<String>,
    /// The revision of each list as this window last read or wrote it; a list missing here
    /// was never stored by this window.
    known: HashMap<String, u64>,
    /// Lists this window deleted, so the index does not keep them for another window.
    deleted: HashSet<String>,
    /// The stored index was written by a newer version: nothing is written over it.
    read_only: bool,
    /// Each list's customers as last written (see [`CustomersText`]).
    customers_written: HashMap<String, CustomersText>,
}

impl<S: Store> Persistence<S> {
    pub fn new(store: S) -> Self {
        Persistence {
            store,
            reserved: Vec::new(),
            known: HashMap::new(),
            deleted: HashSet::new(),
            read_only: false,
            customers_written: HashMap::new(),
        }
    }

    pub fn load(&mut self) -> Loaded {
        let mut loaded = Loaded {
            workspace: Workspace::default(),
            first_visit: false,
            view: String::new(),
            unreadable: Vec::new(),
            error: None,
        };
        let index = match self.store.read(INDEX_KEY) {
            Ok(Some(text)) => match serde_json::from_str::<IndexDoc>(&text) {
                Ok(doc) if doc.schema <= SCHEMA_VERSION => doc,
                Ok(doc) => {
                    self.read_only = true;
                    loaded.error = Some(StoreError::Other(
                        DocError::NewerVersion(doc.schema).to_string(),
                    ));
                    return loaded;
                }
                Err(e) => {
                    // Kept as found (never over an earlier kept copy), then rebuilt from the
                    // lists in storage.
                    if !matches!(self.store.read(KEPT_INDEX_KEY), Ok(Some(_))) {
                        if let Err(e) = self.store.write(KEPT_INDEX_KEY, &text) {
                            self.read_only = true;
                            loaded.error = Some(e);
                            return loaded;
                        }
                    }
                    loaded.unreadable.push(Unreadable {
                        id: INDEX_ID.into(),
                        reason: format!(
                            "the list index is damaged ({e}); the lists were found one by one"
                        ),
                    });
                    self.rebuilt_index()
                }
            },
            Ok(None) => {
                let found = self.rebuilt_index();
                if found.lists.is_empty() {
                    loaded.first_visit = true;
                    return loaded;
                }
                loaded.unreadable.push(Unreadable {
                    id: INDEX_ID.into(),
                    reason: "the list index is missing; the lists were found one by one".into(),
                });
                found
            }
            Err(e) => {
                loaded.error = Some(e);
                return loaded;
            }
        };
        if !loaded.unreadable.iter().any(|u| u.id == INDEX_ID)
            && matches!(self.store.read(KEPT_INDEX_KEY), Ok(Some(_)))
        {
            loaded.unreadable.push(Unreadable {
                id: INDEX_ID.into(),
                reason: "an earlier damaged index is kept as it was found".into(),
            });
        }
        for id in &index.lists {
            match self.read_list(id) {
                Ok(list) => loaded.workspace.lists.push(list),
                Err(reason) => {
                    self.reserved.push(id.clone());
                    loaded.unreadable.push(Unreadable {
                        id: id.clone(),
                        reason,
                    });
                }
            }
        }
        loaded.workspace.reserved = self.reserved.clone();
        loaded.workspace.current = index.current;
        loaded.view = index.view;
        loaded
    }

    /// An index naming every list found in storage, in the order of their ids.
    fn rebuilt_index(&self) -> IndexDoc {
        let mut lists: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|k| k.strip_prefix(LIST_KEY_PREFIX).map(str::to_string))
            .collect();
        lists.sort();
        IndexDoc {
            schema: SCHEMA_VERSION,
            current: lists.first().cloned().unwrap_or_default(),
            lists,
            view: String::new(),
        }
    }

    /// The stored text of a document that could not be read (a list, or the index as it was
    /// kept), for the user to download.
    pub fn raw_text(&self, id: &str) -> Option<String> {
        let key = if id == INDEX_ID {
            KEPT_INDEX_KEY.to_string()
        } else {
            list_key(id)
        };
        self.store.read(&key).ok().flatten()
    }

    /// Removes an unreadable document for good, as the user decided: its key, and its entry in
    /// the index.
    pub fn discard_unreadable(
        &mut self,
        id: &str,
        workspace: &Workspace,
        view: &str,
    ) -> Result<(), StoreError> {
        if id == INDEX_ID {
            return self.store.remove(KEPT_INDEX_KEY);
        }
        self.reserved.retain(|r| r != id);
        self.deleted.insert(id.to_string());
        self.customers_written.remove(id);
        self.save_index(workspace, view)?;
        self.store.remove(&list_key(id))
    }

    /// Reads one stored list and remembers its revision (at start, or when another window
    /// changed it).
    pub fn read_list(&mut self, id: &str) -> Result<CustomerList, String> {
        let text = match self.store.read(&list_key(id)) {
            Ok(Some(text)) => text,
            Ok(None) => return Err("missing from storage".to_string()),
            Err(e) => return Err(e.to_string()),
        };
        let mut list = list_from_json(&text).map_err(|e| e.to_string())?;
        list.id = id.to_string();
        self.known.insert(id.to_string(), doc_revision(&text));
        Ok(list)
    }

    /// The lists of the stored index, as another window may have left it.
    pub fn stored_list_ids(&self) -> Vec<String> {
        self.stored_index().map(|i| i.lists).unwrap_or_default()
    }

    fn stored_index(&self) -> Option<IndexDoc> {
        self.store
            .read(INDEX_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<IndexDoc>(&text).ok())
    }

    /// Whether this window has the stored revision of a list (nothing newer was saved since).
    /// Only the tests ask: the app learns that a copy is stale from a refused save.
    #[cfg(test)]
    fn is_current(&self, id: &str) -> bool {
        let stored = self.store.revision(&list_key(id)).ok().flatten();
        match (self.known.get(id), stored) {
            (Some(known), Some(stored)) => stored == *known,
            (None, None) => true,
            _ => false,
        }
    }

    /// Whether a list's document is in storage.
    pub fn is_stored(&self, id: &str) -> bool {
        matches!(self.store.revision(&list_key(id)), Ok(Some(_)))
    }

    /// Forgets a list another window deleted.
    pub fn forget(&mut self, id: &str) {
        self.known.remove(id);
    }

    /// After the store refused a save it had first accepted (a larger store answers later):
    /// for a conflict, this window's copy is stale and no later save of it may pass; otherwise
    /// the revision stored now is the one this window holds, so that its next save is not
    /// mistaken for a conflict, and a list never stored no longer counts as stored.
    pub fn refused(&mut self, id: &str, conflict: bool) {
        if conflict {
            // No stored document has this revision.
            self.known.insert(id.to_string(), u64::MAX);
            return;
        }
        match self.store.revision(&list_key(id)).ok().flatten() {
            Some(revision) => self.known.insert(id.to_string(), revision),
            None => self.known.remove(id),
        };
    }

    /// Writes one list as one document. Refused for a list whose stored copy could not be
    /// read, and for a list another window saved or deleted since this one read it (or one
    /// this window never read that exists in storage): newer work is never overwritten.
    pub fn save_list(&mut self, list: &CustomerList) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::Other(
                DocError::NewerVersion(SCHEMA_VERSION + 1).to_string(),
            ));
        }
        if self.reserved.contains(&list.id) {
            return Err(StoreError::Other(format!(
                "list {} is kept as it was found",
                list.id
            )));
        }
        let key = list_key(&list.id);
        let stored = self.store.revision(&key)?;
        let revision = match (self.known.get(&list.id), stored) {
            (None, None) => 1,
            (Some(known), Some(stored)) if *known == stored => stored + 1,
            _ => return Err(StoreError::Conflict(list.id.clone())),
        };
        let customers = self
            .customers_written
            .entry(list.id.clone())
            .or_default()
            .refresh(&list.customers)
            .ok_or_else(|| {
                StoreError::Other(format!("list {} could not be written as JSON", list.id))
            })?;
        let text = stored_json_with(list, revision, customers);
        self.store.write_list(&key, text, revision)?;
        self.known.insert(list.id.clone(), revision);
        Ok(())
    }

    /// Writes up to `pieces` more pieces (of a thousand customers each) of a list's stored text
    /// ahead of its save, which then has only those to join. True when nothing is left to write
    /// ahead (or the list cannot be written as JSON, which its save says).
    pub fn write_ahead(&mut self, list: &CustomerList, pieces: usize) -> bool {
        // Nothing is written ahead for a list its save will refuse.
        let stored = self.store.revision(&list_key(&list.id)).ok().flatten();
        let refused = self.read_only
            || self.reserved.contains(&list.id)
            || self.known.get(&list.id).copied() != stored;
        if refused {
            return true;
        }
        self.customers_written
            .entry(list.id.clone())
            .or_default()
            .write_ahead(&list.customers, pieces)
            .unwrap_or(true)
    }

    /// Writes the index: the lists' order, the open list and view. Unreadable lists stay in
    /// it, lists this window could not store yet are left out (no entry without a document),
    /// and lists another window added are kept.
    pub fn save_index(&mut self, workspace: &Workspace, view: &str) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::Other(
                DocError::NewerVersion(SCHEMA_VERSION + 1).to_string(),
            ));
        }
        let mut lists: Vec<String> = workspace
            .lists
            .iter()
            .map(|l| l.id.clone())
            .filter(|id| self.known.contains_key(id))
            .collect();
        lists.extend(self.reserved.iter().cloned());
        let stored_index = self.stored_index();
        let stored_current = stored_index.as_ref().map(|i| i.current.clone());
        let stored_ids = stored_index.map(|i| i.lists).unwrap_or_default();
        // A list this window stored that the index no longer names, and whose document is gone,
        // was deleted in another window: it is not brought back.
        lists.retain(|id| {
            stored_ids.contains(id) || self.reserved.contains(id) || self.is_stored(id)
        });
        for id in stored_ids {
            if !lists.contains(&id) && !self.deleted.contains(&id) && workspace.get(&id).is_none() {
                lists.push(id);
            }
        }
        // A list not stored yet is not named as the open one either.
        let current = if lists.contains(&workspace.current) {
            workspace.current.clone()
        } else {
            stored_current.unwrap_or_default()
        };
        let doc = IndexDoc {
            schema: SCHEMA_VERSION,
            lists,
            current,
            view: view.to_string(),
        };
        self.store
            .write(INDEX_KEY, &serde_json::to_string(&doc).unwrap_or_default())
    }

    /// Saves every list and the index (after a first visit or a recovery).
    pub fn save_all(&mut self, workspace: &Workspace, view: &str) -> Result<(), StoreError> {
        for list in &workspace.lists {
            self.save_list(list)?;
        }
        self.save_index(workspace, view)
    }

    /// Forgets a deleted list: index first, so a failure leaves it listed rather than lost.
    pub fn delete_list(
        &mut self,
        workspace: &Workspace,
        id: &str,
        view: &str,
    ) -> Result<(), StoreError> {
        self.deleted.insert(id.to_string());
        self.customers_written.remove(id);
        self.known.remove(id);
        self.save_index(workspace, view)?;
        self.store.remove(&list_key(id))
    }
}

fn list_key(id: &str) -> String {
    format!("{LIST_PREFIX}{id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Figure;

    use crate::engine::model::Customer;

    #[test]
    fn the_stored_document_is_serde_jsons_own_text_without_a_revision_and_with_escapes() {
        let mut list = crate::io::demo::demo_list("list-\"1\"", "Kunden \"Süd\" \\ 合计\n");
        list.is_demo = false;
        list.choice_words.set("channel", "wé\"b", "search");
        let documented = serde_json::to_string(&list_document(&list)).expect("serialises");
        assert_eq!(stored_json(&list, 0), documented);
        let empty = CustomerList::new("e".into(), "E".into());
        let documented = serde_json::to_string(&list_document(&empty)).expect("serialises");
        assert_eq!(stored_json(&empty, 0), documented);
    }

    #[test]
    fn a_list_is_stored_as_its_document_with_the_customers_written_once() {
        let mut list = crate::io::demo::demo_list("list-1", "Demo");
        list.choice_words.set("channel", "web", "search");
        let documented = serde_json::to_string(&ListDoc {
            revision: 7,
            ..list_document(&list)
        })
        .expect("serialises");
        assert_eq!(stored_json(&list, 7), documented);
        // Saved, then the settings edited and saved again: the customers' text is reused, and
        // the document is still the list's own.
        let mut p = Persistence::new(MemoryStore::default());
        p.save_list(&list).expect("saved");
        list.settings.capacity = 7;
        p.save_list(&list).expect("saved again");
        let stored_doc = |p: &Persistence<MemoryStore>| -> ListDoc {
            let stored = p.store.read(&list_key("list-1")).expect("read");
            serde_json::from_str(&stored.expect("there")).expect("reads back")
        };
        let doc = stored_doc(&p);
        assert_eq!((doc.revision, &doc.list), (2, &list));
        // An edited customer is written as edited.
        list.customers[0].name = "Renamed".into();
        p.save_list(&list).expect("saved a third time");
        assert_eq!(stored_doc(&p).list.customers[0].name, "Renamed");
    }

    proptest::proptest! {
        /// A part packed reads back as the text packed, its length known without unpacking;
        /// a document reads the same whichever of its parts are packed.
        #[test]
        fn a_packed_part_reads_as_its_text(
            texts in proptest::collection::vec("(\\PC|[,\\[\\]{}\":]){0,300}", 0..5),
            packed in proptest::collection::vec(proptest::bool::ANY, 5),
        ) {
            let whole: String = texts.concat();
            let doc = DocText {
                parts: texts
                    .iter()
                    .zip(&packed)
                    .map(|(text, &pack)| {
                        let part = if pack {
                            TextPart::packed(text)
                        } else {
                            TextPart::plain(text.clone())
                        };
                        proptest::prop_assert_eq!(&*part.text(), text.as_str());
                        proptest::prop_assert_eq!(part.len(), text.len());
                        proptest::prop_assert_eq!(part.is_empty(), text.is_empty());
                        Ok(Rc::new(part))
                    })
                    .collect::<Result<_, _>>()?,
            };
            proptest::prop_assert_eq!(doc.joined(), whole.clone());
            proptest::prop_assert_eq!(doc.len(), whole.len());
            proptest::prop_assert!(doc.equals(&whole));
            let longer = whole.clone() + "x";
            proptest::prop_assert!(!doc.equals(&longer));
            proptest::prop_assert_eq!(&doc, &DocText::whole(&whole));
            proptest::prop_assert_eq!(DocText::packed(&whole).joined(), whole.clone());
            // Cut into parts of a few bytes, at the characters' boundaries.
            let cut = DocText::packed_in(&whole, 3);
            proptest::prop_assert_eq!(cut.joined(), whole.clone());
            for part in cut.parts() {
                proptest::prop_assert!(!part.is_empty() && part.len() <= 6);
            }
        }
    }

    /// A store that keeps what it is handed holds the saver's pieces themselves, not a copy:
    /// the list's text is in memory once.
    #[test]
    fn a_written_list_shares_the_savers_pieces_and_reads_as_one_text() {
        #[derive(Default)]
        struct Keeping(Option<DocText>);
        impl Store for Keeping {
            fn read(&self, _: &str) -> Result<Option<String>, StoreError> {
                Ok(self.0.as_ref().map(DocText::joined))
            }
            fn write(&mut self, _: &str, value: &str) -> Result<(), StoreError> {
                self.0 = Some(DocText::whole(value));
                Ok(())
            }
            fn write_list(&mut self, _: &str, v: DocText, _: u64) -> Result<(), StoreError> {
                self.0 = Some(v);
                Ok(())
            }
            fn remove(&mut self, _: &str) -> Result<(), StoreError> {
                self.0 = None;
                Ok(())
            }
            fn keys(&self) -> Result<Vec<String>, StoreError> {
                Ok(Vec::new())
            }
        }
        let mut list = CustomerList::new("big".into(), "Big \"one\"".into());
        list.append(
            (0..CUSTOMERS_PER_PIECE + 3)
                .map(|i| Customer {
                    id: format!("C{i:05}"),
                    ..Default::default()
                })
                .collect(),
        );
        let mut p = Persistence::new(Keeping::default());
        p.save_list(&list).expect("saved");
        p.save_list(&list).expect("saved again");
        let doc = p.store.0.clone().expect("written");
        let pieces = &p.customers_written["big"].pieces;
        assert_eq!(doc.parts().len(), pieces.len() + 2);
        for (part, piece) in doc.parts()[1..].iter().zip(pieces) {
            assert!(Rc::ptr_eq(part, piece), "a piece copied into the document");
        }
        // Kept for the list's life, packed: a thousand customers' JSON (alike, as a list's
        // are) held in a small part of its length.
        let held: usize = pieces.iter().map(|p| p.held_bytes()).sum();
        let length: usize = pieces.iter().map(|p| p.len()).sum();
        assert!(held * 5 < length, "{held} bytes held for {length}");
        let whole = stored_json(&list, 2);
        assert_eq!(doc.joined(), whole);
        assert_eq!(doc.len(), whole.len());
        assert!(doc.equals(&whole));
        assert!(!doc.equals(&whole[..whole.len() - 1]));
        assert!(!doc.equals(&format!("{whole} ")));
        assert_eq!(doc.revision(), 2);
        assert_eq!(DocText::whole(&whole).revision(), 2);
        assert!(!doc.is_empty());
    }

    /// The stored document of the list "big".
    fn stored_big(p: &Persistence<MemoryStore>) -> String {
        p.store
            .read(&list_key("big"))
            .expect("read")
            .expect("there")
    }

    /// The pieces of the list "big" serialised so far.
    fn pieces_written_big(p: &Persistence<MemoryStore>) -> usize {
        p.customers_written["big"].pieces_written
    }

    /// The document written after edits is the one written from scratch, and an edit of one
    /// customer serialises only the piece that holds it.
    #[test]
    fn an_edit_of_one_customer_rewrites_one_piece_of_the_stored_list() {
        let mut list = CustomerList::new("big".into(), "Big".into());
        list.append(
            (0..2 * CUSTOMERS_PER_PIECE + 17)
                .map(|i| Customer {
                    id: format!("C{i:05}"),
                    name: format!("Customer \"{i}\""),
                    revenue_per_year: Figure::of(i as f64 * 1.5),
                    ..Default::default()
                })
                .collect(),
        );
        let mut p = Persistence::new(MemoryStore::default());
        let stored = stored_big;
        let written = pieces_written_big;
        let mut revision = 0;
        let mut check = |p: &mut Persistence<MemoryStore>, list: &CustomerList, pieces: usize| {
            let before = p
                .customers_written
                .get("big")
                .map_or(0, |t| t.pieces_written);
            p.save_list(list).expect("saved");
            revision += 1;
            assert_eq!(stored(p), stored_json(list, revision));
            assert_eq!(
                written(p) - before,
                pieces,
                "pieces serialised for this save"
            );
        };
        check(&mut p, &list, 3);
        list.settings.capacity = 9;
        check(&mut p, &list, 0);
        list.customers.edit(1_500).expect("there").revenue_per_year = Figure::of(-1.0);
        check(&mut p, &list, 1);
        // Two edits in different pieces, one of them of the last (short) piece, between saves.
        list.customers.edit(3).expect("there").name = "Ä \u{1F600}".into();
        list.customers.edit(2_010).expect("there").gross_margin = Figure::of(0.5);
        list.customers.edit(4).expect("there").name = "again".into();
        check(&mut p, &list, 2);
        // A customer removed: everything moves, every piece is written again.
        list.customers.remove(0);
        check(&mut p, &list, 3);
        let empty = CustomerList::new("big".into(), "Big".into());
        check(&mut p, &empty, 0);
        assert!(stored(&p).contains(r#""customers":[],"settings""#));
    }

    /// A large list's text written ahead a piece at a time is the one its save writes, and the
    /// save writes no piece again; a change between two pieces starts the text over, an edit
    /// of one customer of a saved list leaves its one piece to the save.
    #[test]
    fn a_list_written_ahead_piece_by_piece_is_saved_without_writing_again() {
        let mut list = CustomerList::new("big".into(), "Big".into());
        list.append(
            (0..3 * CUSTOMERS_PER_PIECE + 5)
                .map(|i| Customer {
                    id: format!("C{i:05}"),
                    revenue_per_year: Figure::of(i as f64),
                    ..Default::default()
                })
                .collect(),
        );
        let mut p = Persistence::new(MemoryStore::default());
        let stored = stored_big;
        let written = pieces_written_big;
        assert!(!p.write_ahead(&list, 1));
        assert!(!p.write_ahead(&list, 2));
        // The first customer renamed and one added between two slices: what was written is of
        // no use (were it kept, the first piece would hold the old name).
        list.customers.edit(0).expect("there").name = "renamed".into();
        list.customers.push(Customer {
            id: "late".into(),
            ..Default::default()
        });
        assert!(!p.write_ahead(&list, 3));
        assert_eq!(written(&p), 6);
        assert!(p.write_ahead(&list, 3));
        assert_eq!(written(&p), 7);
        assert!(p.write_ahead(&list, 3), "nothing left to write");
        p.save_list(&list).expect("saved");
        assert_eq!(written(&p), 7, "the save wrote no piece again");
        assert_eq!(stored(&p), stored_json(&list, 1));
        // One customer edited: the save writes its piece, not the text ahead.
        list.customers.edit(1).expect("there").name = "edited".into();
        assert!(p.write_ahead(&list, 1));
        assert_eq!(written(&p), 7);
        p.save_list(&list).expect("saved");
        assert_eq!(written(&p), 8);
        assert_eq!(stored(&p), stored_json(&list, 2));
        // A save in the midst of writing ahead writes only the pieces left.
        list.customers.remove(0);
        assert!(!p.write_ahead(&list, 1));
        let before = written(&p);
        p.save_list(&list).expect("saved");
        assert_eq!(written(&p) - before, 3);
        assert_eq!(stored(&p), stored_json(&list, 3));
        // Written ahead in part, then one customer edited: the save writes the whole text.
        list.customers.remove(0);
        assert!(!p.write_ahead(&list, 2));
        list.customers.edit(2_500).expect("there").name = "late edit".into();
        let before = written(&p);
        p.save_list(&list).expect("saved");
        assert_eq!(written(&p) - before, 4);
        assert_eq!(stored(&p), stored_json(&list, 4));
        // Nothing is written ahead for a list whose save would be refused.
        p.store
            .write(&list_key("big"), &stored_json(&list, 9))
            .expect("another window's save");
        list.customers.remove(0);
        let before = written(&p);
        assert!(p.write_ahead(&list, 1));
        assert_eq!(written(&p), before);
    }

    /// The head of a stored list tells its revision as the whole text does, or says it cannot.
    #[test]
    fn the_revision_is_read_from_the_head_of_a_stored_list() {
        let mut list = crate::io::demo::demo_list("list-1", "\"list\":\"revision\":9");
        for revision in [0, 1, 7, 12_345_678_901] {
            let text = stored_json(&list, revision);
            let head: String = text.chars().take(REVISION_HEAD).collect();
            assert_eq!(revision_from_head(&head), Some(revision), "{head}");
            assert_eq!(doc_revision(&text), revision);
            assert_eq!(DocText::whole(&text).revision(), revision);
        }
        list.id = "x".repeat(REVISION_HEAD);
        let text = stored_json(&list, 3);
        let head: String = text.chars().take(REVISION_HEAD).collect();
        assert_eq!(
            revision_from_head(&head),
            Some(3),
            "the revision comes before the id"
        );
        // Not settled by the head: the whole text is read instead.
        assert_eq!(
            revision_from_head("{\"schema\":1,\"app\":\"value-pyr"),
            None
        );
        assert_eq!(revision_from_head("not json"), None);
        assert_eq!(revision_from_head("{\"revision\":x,\"list\":{}}"), None);
        // A document written before lists had revisions.
        assert_eq!(
            revision_from_head("{\"schema\":1,\"app\":\"value-pyramid\",\"list\":{}}"),
            Some(0)
        );
    }

    fn workspace() -> Workspace {
        let mut w = Workspace::default();
        let id = w.create("Clients");
        let list = w.lists.iter_mut().find(|l| l.id == id).unwrap();
        list.append(vec![Customer {
            name: "Anna".into(),
            revenue_per_year: Figure::of(1000.5),
            ..Default::default()
        }]);
        w.create("Leads");
        w
    }

    #[test]
    fn reload_gives_back_exactly_what_was_saved() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "customers").unwrap();
        let mut again = Persistence::new(p.store.clone());
        let loaded = again.load();
        assert_eq!(loaded.workspace, w);
        assert_eq!(loaded.view, "customers");
        assert!(!loaded.first_visit);
        assert!(loaded.unreadable.is_empty());
    }

    #[test]
    fn first_visit_is_recognised() {
        let loaded = Persistence::new(MemoryStore::default()).load();
        assert!(loaded.first_visit);
        assert!(loaded.error.is_none());
    }

    #[test]
    fn full_quota_refuses_and_keeps_what_was_stored() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "customers").unwrap();
        let stored = p.store.items.clone();
        p.store.quota = Some(stored.iter().map(|(k, v)| k.len() + v.len()).sum());
        let mut bigger = w.clone();
        bigger.lists[0].append(vec![Customer {
            name: "x".repeat(1000),
            ..Default::default()
        }]);
        assert_eq!(
            p.save_list(&bigger.lists[0]),
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(p.store.items, stored, "nothing already stored is lost");
    }

    #[test]
    fn unreadable_list_is_never_overwritten() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        let damaged_key = list_key(&w.lists[1].id);
        p.store
            .items
            .insert(damaged_key.clone(), "{not json".into());
        let mut again = Persistence::new(p.store.clone());
        let loaded = again.load();
        assert_eq!(loaded.workspace.lists.len(), 1);
        assert_eq!(loaded.unreadable.len(), 1);
        assert!(again.save_list(&w.lists[1]).is_err());
        let mut ws = loaded.workspace.clone();
        let new_id = ws.create("New");
        assert_ne!(new_id, w.lists[1].id, "a damaged list's id is not reused");
        again.save_all(&ws, "").unwrap();
        assert_eq!(again.store.items[&damaged_key], "{not json");
        let index: IndexDoc = serde_json::from_str(&again.store.items[INDEX_KEY]).unwrap();
        assert!(
            index.lists.contains(&w.lists[1].id),
            "the damaged list stays listed"
        );
    }

    /// Chromium keeps about 5.2 million characters per origin in localStorage; a CRM export of
    /// 10,000 customers (id, name, revenue, margin, channel, region) must fit with room to spare.
    #[test]
    fn a_crm_export_of_ten_thousand_customers_fits_the_browsers_storage() {
        let mut list = CustomerList::default();
        list.append(
            (1..=10_000)
                .map(|i| Customer {
                    id: format!("C{i}"),
                    name: format!("Customer {i}"),
                    region: ["North", "South", "East", "West"][i % 4].into(),
                    channel: Some(crate::engine::model::Channel::Referral),
                    revenue_per_year: Figure::of(100.0 + (i * 7919 % 90_000) as f64 / 10.0),
                    gross_margin: Figure::of(0.2 + (i % 30) as f64 / 100.0),
                    ..Default::default()
                })
                .collect(),
        );
        let stored = stored_json(&list, 0);
        assert!(stored.len() < 3_000_000, "{} characters", stored.len());
        let again = list_from_json(&stored).unwrap();
        let differing = list
            .customers
            .iter()
            .zip(again.customers.iter())
            .find(|(a, b)| a != b);
        assert_eq!(differing, None);
        assert_eq!(again.customers.len(), list.customers.len());
        // Read into room made for them all at once (grown by doubling, 10,000 would have
        // room for 16,384), and the next list read counts on nothing left over.
        assert_eq!(again.customers.capacity(), list.customers.len());
        // A document that fails after its customers were counted leaves no count behind.
        let failing = stored.replacen("\"name\":", "\"name\":5,\"x\":", 1);
        assert!(list_from_json(&failing).is_err());
        let next: CustomerList = serde_json::from_str("{\"customers\":[]}").unwrap();
        assert_eq!(next.customers.capacity(), 0);
        // Items counted that are no customers make no room for them, and fail as before.
        let damaged = format!(
            "{{\"app\":\"value-pyramid\",\"schema\":1,\"list\":{{\"customers\":[{}0]}}}}",
            "0,".repeat(100_000)
        );
        assert!(matches!(
            list_from_json(&damaged),
            Err(DocError::Invalid(_))
        ));
    }

    /// A document that is JSON but not shaped as a list says what is wrong with it as before:
    /// not ours, newer, or not a list.
    #[test]
    fn documents_not_shaped_as_lists_are_refused_with_their_reason() {
        assert_eq!(
            list_from_json("[\"value-pyramid\", 1]"),
            Err(DocError::NotOurs)
        );
        assert_eq!(
            list_from_json("{\"app\":1,\"list\":{}}"),
            Err(DocError::NotOurs)
        );
        assert_eq!(
            list_from_json("{\"app\":\"value-pyramid\",\"schema\":7,\"list\":5}"),
            Err(DocError::NewerVersion(7))
        );
        for not_a_list in [
            "{\"app\":\"value-pyramid\",\"schema\":1,\"list\":{\"customers\":5}}",
            "{\"app\":\"value-pyramid\",\"schema\":1,\"list\":{\"customers\":[1]}}",
            "{\"app\":\"value-pyramid\",\"schema\":1}",
        ] {
            assert!(
                matches!(list_from_json(not_a_list), Err(DocError::Invalid(_))),
                "{not_a_list}"
            );
        }
    }

    #[test]
    fn json_round_trip_and_version_checks() {
        let w = workspace();
        let json = list_to_json(&w.lists[0]);
        assert_eq!(list_from_json(&json).unwrap(), w.lists[0]);
        let newer = json.replace("\"schema\": 1", "\"schema\": 99");
        assert_eq!(list_from_json(&newer), Err(DocError::NewerVersion(99)));
        let stored = stored_json(&w.lists[0], 0);
        assert_eq!(list_from_json(&stored).unwrap(), w.lists[0]);
        assert!(!stored.contains('\n') && stored.len() < json.len());
        assert_eq!(list_from_json("{\"a\":1}"), Err(DocError::NotOurs));
        assert!(matches!(
            list_from_json("nonsense"),
            Err(DocError::Invalid(_))
        ));
    }

    #[test]
    fn the_words_said_at_import_are_kept_with_the_list_and_older_documents_still_open() {
        let mut list = workspace().lists[0].clone();
        list.choice_words.set("channel", "empfehlung", "referral");
        let json = stored_json(&list, 0);
        assert!(json.contains("\"choice_words\":{\"channel\":{\"empfehlung\":\"referral\"}}"));
        assert_eq!(list_from_json(&json).unwrap(), list);
        // A document stored before lists kept words has none, and opens.
        let older = json.replace(
            ",\"choice_words\":{\"channel\":{\"empfehlung\":\"referral\"}}",
            "",
        );
        assert!(!older.contains("choice_words"));
        let opened = list_from_json(&older).unwrap();
        assert!(opened.choice_words.is_empty());
        assert_eq!(opened.customers, list.customers);
    }

    #[test]
    fn a_backup_holds_every_list_and_reads_back_identically() {
        let w = workspace();
        let json = backup_to_json(&w.lists, None);
        assert_eq!(lists_from_json(&json).unwrap(), w.lists);
        assert_eq!(log_from_backup(&json), None);
        // A single list document reads as one list.
        assert_eq!(
            lists_from_json(&list_to_json(&w.lists[0])).unwrap(),
            vec![w.lists[0].clone()]
        );
        let mut newer: Value = serde_json::from_str(&json).unwrap();
        newer["schema"] = Value::from(7);
        assert_eq!(
            lists_from_json(&newer.to_string()),
            Err(DocError::NewerVersion(7))
        );
    }

    #[test]
    fn a_rescue_backup_takes_what_is_stored_including_unreadable_text() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "overview").unwrap();
        let mut store = p.store;
        let damaged_key = format!("{LIST_PREFIX}{}", w.lists[1].id);
        store.items.insert(damaged_key, "{ not json".into());
        let json = backup_of_store(&store);
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["lists"].as_array().unwrap().len(), w.lists.len() - 1);
        assert_eq!(value["unreadable"][0]["text"], "{ not json");
        assert_eq!(lists_from_json(&json).unwrap(), vec![w.lists[0].clone()]);
    }

    type Window = Persistence<Rc<RefCell<MemoryStore>>>;

    /// Two windows over one storage, as two tabs of one browser profile are.
    fn two_windows(w: &Workspace) -> (Window, Window) {
        let shared = Rc::new(RefCell::new(MemoryStore::default()));
        Persistence::new(shared.clone()).save_all(w, "").unwrap();
        let mut a = Persistence::new(shared.clone());
        let mut b = Persistence::new(shared);
        a.load();
        b.load();
        (a, b)
    }

    #[test]
    fn a_window_holding_an_older_copy_cannot_overwrite_a_newer_save() {
        let w = workspace();
        let (mut a, mut b) = two_windows(&w);
        let mut from_a = w.lists[0].clone();
        from_a.name = "Saved in A".into();
        a.save_list(&from_a).unwrap();
        let mut from_b = w.lists[0].clone();
        from_b.name = "Stale in B".into();
        assert_eq!(
            b.save_list(&from_b),
            Err(StoreError::Conflict(from_b.id.clone()))
        );
        assert!(!b.is_current(&from_b.id));
        assert_eq!(b.read_list(&from_b.id).unwrap().name, "Saved in A");
        // Having read the newer copy, B may save over it, and then A is the stale one.
        assert!(b.is_current(&from_b.id));
        b.save_list(&from_b).unwrap();
        assert!(a.save_list(&from_a).is_err());
        assert_eq!(a.read_list(&from_a.id).unwrap().name, "Stale in B");
    }

    #[test]
    fn a_list_created_in_one_window_survives_the_other_windows_index_save() {
        let w = workspace();
        let (mut a, mut b) = two_windows(&w);
        let mut in_a = w.clone();
        in_a.id_prefix = "a1".into();
        let new_id = in_a.create("Made in A");
        assert_eq!(new_id, "list-a1-3");
        a.save_list(in_a.get(&new_id).unwrap()).unwrap();
        a.save_index(&in_a, "").unwrap();
        // B never heard of it and saves its own index.
        b.save_index(&w, "").unwrap();
        assert!(b.stored_list_ids().contains(&new_id));
        let mut again = Persistence::new(b.store.clone());
        let names: Vec<String> = again
            .load()
            .workspace
            .lists
            .into_iter()
            .map(|l| l.name)
            .collect();
        assert_eq!(names, ["Clients", "Leads", "Made in A"]);
    }

    #[test]
    fn a_list_deleted_in_one_window_is_not_brought_back_by_the_other() {
        let w = workspace();
        let (mut a, mut b) = two_windows(&w);
        let gone = w.lists[1].id.clone();
        let mut in_a = w.clone();
        in_a.lists.retain(|l| l.id != gone);
        a.delete_list(&in_a, &gone, "").unwrap();
        // B still shows it, and saves its index.
        b.save_index(&w, "").unwrap();
        assert!(!b.stored_list_ids().contains(&gone));
        // Nor can B write it again: it no longer exists where B read it.
        assert_eq!(b.save_list(&w.lists[1]), Err(StoreError::Conflict(gone)));
    }

    #[test]
    fn a_failed_first_save_leaves_no_entry_in_the_index() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        let used: usize = p.store.items.iter().map(|(k, v)| k.len() + v.len()).sum();
        p.store.quota = Some(used + 200);
        let mut bigger = w.clone();
        let id = bigger.create("Too big");
        bigger.lists.last_mut().unwrap().append(vec![Customer {
            name: "x".repeat(1000),
            ..Default::default()
        }]);
        assert_eq!(
            p.save_list(bigger.get(&id).unwrap()),
            Err(StoreError::QuotaExceeded)
        );
        p.save_index(&bigger, "").unwrap();
        assert!(!p.stored_list_ids().contains(&id), "no phantom entry");
        assert_eq!(p.stored_list_ids().len(), 2);
    }

    #[test]
    fn a_lost_index_is_rebuilt_from_the_stored_lists_and_said() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        p.store.items.remove(INDEX_KEY);
        let mut fresh = Persistence::new(p.store.clone());
        let loaded = fresh.load();
        assert!(!loaded.first_visit, "stored lists are not a first visit");
        assert_eq!(loaded.workspace.lists, w.lists);
        assert_eq!(loaded.unreadable[0].id, INDEX_ID);
        assert_eq!(fresh.raw_text(INDEX_ID), None, "nothing was there to keep");
        // A new list cannot take a stored one's id, and the stored lists are untouched.
        let mut ws = loaded.workspace;
        let id = ws.create("New after the loss");
        fresh.save_list(ws.get(&id).unwrap()).unwrap();
        fresh.save_index(&ws, "").unwrap();
        assert_eq!(fresh.stored_list_ids().len(), 3);
        for list in &w.lists {
            assert_eq!(fresh.read_list(&list.id).unwrap(), *list);
        }
    }

    #[test]
    fn a_damaged_index_is_kept_as_found_until_the_user_removes_it() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        p.store
            .items
            .insert(INDEX_KEY.into(), "{\"lists\": [".into());
        let mut fresh = Persistence::new(p.store.clone());
        let loaded = fresh.load();
        assert_eq!(loaded.workspace.lists, w.lists);
        assert_eq!(loaded.unreadable.len(), 1);
        assert!(loaded.unreadable[0].reason.contains("damaged"));
        assert_eq!(fresh.raw_text(INDEX_ID).as_deref(), Some("{\"lists\": ["));
        // Saving writes a good index; the damaged one stays kept, even over a second damage.
        fresh.save_index(&loaded.workspace, "").unwrap();
        fresh
            .store
            .items
            .insert(INDEX_KEY.into(), "second damage".into());
        let again = Persistence::new(fresh.store.clone()).load();
        assert_eq!(
            again.unreadable[0].id, INDEX_ID,
            "still named after a good index"
        );
        assert_eq!(fresh.raw_text(INDEX_ID).as_deref(), Some("{\"lists\": ["));
        fresh
            .discard_unreadable(INDEX_ID, &loaded.workspace, "")
            .unwrap();
        assert_eq!(fresh.raw_text(INDEX_ID), None);
    }

    #[test]
    fn an_index_of_a_newer_version_is_never_written_over() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        let newer = "{\"schema\":99,\"lists\":[\"list-1\"],\"current\":\"list-1\",\"view\":\"\"}";
        p.store.items.insert(INDEX_KEY.into(), newer.into());
        let stored = p.store.items.clone();
        let mut fresh = Persistence::new(p.store.clone());
        let loaded = fresh.load();
        assert!(loaded.error.is_some());
        let mut ws = loaded.workspace;
        ws.create("Made in the old version");
        assert!(fresh.save_all(&ws, "").is_err());
        assert!(fresh.save_list(&w.lists[0]).is_err());
        assert_eq!(fresh.store.items, stored, "nothing written");
    }

    #[test]
    fn an_unreadable_list_is_offered_as_text_and_removed_only_when_asked() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        let damaged = w.lists[1].id.clone();
        p.store.items.insert(list_key(&damaged), "{not json".into());
        let mut fresh = Persistence::new(p.store.clone());
        let loaded = fresh.load();
        assert_eq!(fresh.raw_text(&damaged).as_deref(), Some("{not json"));
        let mut ws = loaded.workspace;
        fresh.discard_unreadable(&damaged, &ws, "").unwrap();
        ws.reserved.retain(|r| *r != damaged);
        assert_eq!(fresh.raw_text(&damaged), None);
        assert_eq!(fresh.stored_list_ids(), vec![w.lists[0].id.clone()]);
        // Its id may be used again now.
        let id = ws.create("Again");
        assert_eq!(id, damaged);
        fresh.save_list(ws.get(&id).unwrap()).unwrap();
    }

    /// IndexedDB answers after the fact: memory is put back to what is stored, then
    /// `refused` says whether the window's copy is stale (a conflict) or simply not written.
    #[test]
    fn a_save_refused_after_the_fact_is_retried_without_a_false_conflict() {
        let w = workspace();
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        let stored = p.store.items.clone();
        let mut edited = w.lists[0].clone();
        edited.name = "Edited".into();
        p.save_list(&edited).unwrap();
        p.store.items = stored.clone();
        p.refused(&edited.id, false);
        assert!(p.is_current(&edited.id));
        p.save_list(&edited).unwrap();
        assert_eq!(p.read_list(&edited.id).unwrap().name, "Edited");

        // A new list refused at its first save is not named by the index.
        let mut ws = w.clone();
        let id = ws.create("New");
        p.save_list(ws.get(&id).unwrap()).unwrap();
        p.store.items.remove(&list_key(&id));
        p.refused(&id, false);
        p.save_index(&ws, "").unwrap();
        assert!(!p.stored_list_ids().contains(&id), "no phantom entry");

        // Both windows saved revision 2 of one list; the other committed first. This window's
        // memory now holds the other's revision 2, and its copy may never be written over it.
        let leads = w.lists[1].id.clone();
        let mut other = Persistence::new(MemoryStore {
            items: stored,
            quota: None,
        });
        other.load();
        let mut theirs = w.lists[1].clone();
        theirs.name = "Theirs".into();
        other.save_list(&theirs).unwrap();
        let mut mine = w.lists[1].clone();
        mine.name = "Mine".into();
        p.save_list(&mine).unwrap();
        let key = list_key(&leads);
        p.store
            .items
            .insert(key.clone(), other.store.items[&key].clone());
        p.refused(&leads, true);
        assert!(!p.is_current(&leads));
        assert_eq!(p.save_list(&mine), Err(StoreError::Conflict(leads.clone())));
        assert_eq!(p.store.items[&key], other.store.items[&key]);
    }

    #[test]
    fn documents_move_to_the_larger_store_and_preferences_stay() {
        for key in [
            INDEX_KEY,
            KEPT_INDEX_KEY,
            LOG_KEY,
            "value-pyramid/list/list-a1-3",
        ] {
            assert!(is_document_key(key), "{key}");
        }
        for key in [
            "value-pyramid/language",
            "value-pyramid/last-backup",
            "other",
        ] {
            assert!(!is_document_key(key), "{key}");
        }
    }

    #[test]
    fn a_backup_holds_the_purchase_log_and_gives_it_back_identically() {
        use crate::engine::btyd::rfm::Purchase;
        use crate::io::purchase_log::{kept_log_from_json, kept_log_json, LogSlice};
        let purchases = vec![Purchase {
            customer_id: "00001".into(),
            date: chrono::NaiveDate::from_ymd_opt(1997, 1, 1).unwrap(),
            amount: 29.33,
        }];
        let kept = kept_log_json("CDNOW", LogSlice::Purchases(&purchases));
        let w = workspace();
        let json = backup_to_json(&w.lists, Some(&kept));
        assert_eq!(lists_from_json(&json).unwrap(), w.lists);
        let log = kept_log_from_json(&log_from_backup(&json).unwrap()).unwrap();
        assert_eq!(log, kept_log_from_json(&kept).unwrap());

        // The rescue backup takes the stored log too.
        let mut p = Persistence::new(MemoryStore::default());
        p.save_all(&w, "").unwrap();
        p.store.write(LOG_KEY, &kept).unwrap();
        let rescued = backup_of_store(&p.store);
        let rescued_log = kept_log_from_json(&log_from_backup(&rescued).unwrap()).unwrap();
        assert_eq!(rescued_log, kept_log_from_json(&kept).unwrap());
    }
}
