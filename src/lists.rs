//! Customer lists and the operations the page offers on them, as plain methods so they are
//! tested natively; the page only calls them.

use crate::engine::model::Customer;
use crate::engine::settings::Settings;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A value with a revision number that changes whenever the value may have changed, so the
/// page can tell "these are the same customers as last time" without comparing or hashing
/// 100,000 of them: every mutable borrow takes a new revision (conservative: a borrow that
/// changes nothing still counts as a change), and revisions come from one counter, so equal
/// revisions mean equal values, across lists too. Serialised as the bare value; a value read
/// from storage gets a new revision.
#[derive(Debug, Default)]
pub struct Revised<T> {
    /// Shared with the copies and snapshots taken of it ([`Revised::shared`]) until one is
    /// borrowed mutably, which then copies it: a background analysis reads the customers it
    /// was started on while the page goes on holding (and editing) its own.
    value: Arc<T>,
    revision: Revision,
    /// The latest edits of single elements, oldest first: each the revision it made and the
    /// element it changed (see [`Revised::changed_since`]). A mutable borrow of the whole value
    /// empties it, since it may have changed anything.
    edits: Vec<(Revision, usize)>,
    /// The revision just before the oldest remembered edit.
    edits_base: Revision,
}

/// How many single-element edits a [`Revised`] remembers: a reader further behind treats
/// everything as changed.
const EDITS_REMEMBERED: usize = 64;

/// Identifies one state of a [`Revised`] value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Revision(u64);

impl Revision {
    fn next() -> Revision {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Revision(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Default for Revision {
    fn default() -> Self {
        Revision::next()
    }
}

impl<T> Revised<T> {
    fn renewed(mut self) -> Self {
        self.revision = Revision::next();
        self
    }

    pub fn new(value: T) -> Revised<T> {
        Revised {
            value: Arc::new(value),
            revision: Revision(0),
            edits: Vec::new(),
            edits_base: Revision(0),
        }
        .renewed()
    }

    /// The current revision: the same as an earlier reading only if nothing could have
    /// changed the value since.
    pub fn revision(&self) -> Revision {
        self.revision
    }

    /// The value as it is now, kept as it is however this one is edited after (the first
    /// edit while a snapshot is held copies the value).
    pub fn shared(&self) -> Arc<T> {
        Arc::clone(&self.value)
    }
}

impl<T> From<T> for Revised<T> {
    fn from(value: T) -> Self {
        Revised::new(value)
    }
}

impl<T> Deref for Revised<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: Clone> DerefMut for Revised<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.revision = Revision::next();
        self.edits.clear();
        Arc::make_mut(&mut self.value)
    }
}

impl<E: Clone> Revised<Vec<E>> {
    /// A mutable borrow of one element that only that element may have changed by: a reader
    /// that holds something computed from an earlier revision can then update what it holds
    /// for that element instead of starting again (the store rewrites one chunk of a list).
    pub fn edit(&mut self, index: usize) -> Option<&mut E> {
        if index >= self.value.len() {
            return None;
        }
        if self.edits.is_empty() {
            self.edits_base = self.revision;
        } else if self.edits.len() == EDITS_REMEMBERED {
            self.edits_base = self.edits.remove(0).0;
        }
        self.revision = Revision::next();
        self.edits.push((self.revision, index));
        Arc::make_mut(&mut self.value).get_mut(index)
    }

    /// The positions of the elements that changed since `earlier`, a revision this value had
    /// (sorted, no repeats; empty when `earlier` is the current revision), or `None` when that
    /// is not known: `earlier` is another value's, too old to be remembered, or a mutable
    /// borrow of the whole value came since (elements may have been added, removed or moved).
    /// The length is the same as at `earlier` whenever this is `Some`.
    pub fn changed_since(&self, earlier: Revision) -> Option<Vec<usize>> {
        if earlier == self.revision {
            return Some(Vec::new());
        }
        // `earlier` must be the revision just before one of the remembered edits.
        let first = if !self.edits.is_empty() && earlier == self.edits_base {
            0
        } else {
            1 + self.edits.iter().position(|&(made, _)| made == earlier)?
        };
        let mut changed: Vec<usize> = self.edits[first..].iter().map(|&(_, i)| i).collect();
        changed.sort_unstable();
        changed.dedup();
        Some(changed)
    }
}

/// A copy keeps the revision: both hold the same value until one of them is borrowed mutably,
/// which gives that one a new revision (and a value of its own).
impl<T: Clone> Clone for Revised<T> {
    fn clone(&self) -> Self {
        Revised {
            value: Arc::clone(&self.value),
            revision: self.revision,
            edits: self.edits.clone(),
            edits_base: self.edits_base,
        }
    }
}

/// Values compare, revisions do not: two lists read from the same text are equal.
impl<T: PartialEq> PartialEq for Revised<T> {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision || self.value == other.value
    }
}

impl<T: Serialize> Serialize for Revised<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Revised<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Revised::new)
    }
}

thread_local! {
    /// How many customers the list being read holds, when its reader counted them first
    /// ([`expecting_customers`]).
    static CUSTOMERS_EXPECTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `read`, a reading of one list document of `customers` customers (counted in a pass
/// that kept nothing): the customers are read into room made for them all at once. Grown by
/// doubling, the 20 MB of 100,000 customers were copied a dozen times, and the blocks left
/// behind made WebAssembly memory grow to twice the list (it is never given back).
pub fn expecting_customers<R>(customers: usize, read: impl FnOnce() -> R) -> R {
    /// Forgets the count however the reading ends, so that no later list counts on it.
    struct Forget;
    impl Drop for Forget {
        fn drop(&mut self) {
            CUSTOMERS_EXPECTED.set(0);
        }
    }
    let _forget = Forget;
    CUSTOMERS_EXPECTED.set(customers);
    read()
}

/// The customers of a list, into the room [`expecting_customers`] says they need.
fn customers_as_expected<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Revised<Vec<Customer>>, D::Error> {
    struct Expected;
    impl<'de> serde::de::Visitor<'de> for Expected {
        type Value = Vec<Customer>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a sequence of customers")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            // Taken, so that no other list read later counts on it. A damaged document can
            // count more items than memory holds customers (`[0,0,…]`): the room is then
            // not made, and the first item fails to read as a customer.
            let mut customers = Vec::new();
            let _ = customers.try_reserve_exact(CUSTOMERS_EXPECTED.take());
            while let Some(customer) = seq.next_element()? {
                customers.push(customer);
            }
            Ok(customers)
        }
    }
    deserializer.deserialize_seq(Expected).map(Revised::new)
}

/// One named list of customers and prospects, with the settings its analysis uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CustomerList {
    /// Stable identifier, also the storage key suffix; never shown.
    pub id: String,
    pub name: String,
    /// The built-in demo list (restorable in one click).
    pub is_demo: bool,
    /// Customers and prospects; the revision tells the page when to analyse them again.
    #[serde(deserialize_with = "customers_as_expected")]
    pub customers: Revised<Vec<Customer>>,
    pub settings: Settings,
    /// What the words of this list's imports stand for, as the user said in the check step.
    pub choice_words: ChoiceMemory,
}

/// The words a user has said stand for a choice, per field: field key → normalised word →
/// choice key, where an empty key means "leave empty". Kept with each list so the next import
/// of the same export maps its words without asking again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChoiceMemory(BTreeMap<String, BTreeMap<String, String>>);

impl ChoiceMemory {
    /// The choice key said for a normalised word of a field ("" for "leave empty").
    pub fn get(&self, field: &str, word: &str) -> Option<&str> {
        self.0.get(field)?.get(word).map(String::as_str)
    }

    /// Remembers that a normalised word of a field stands for `choice` ("": leave empty).
    pub fn set(&mut self, field: &str, word: &str, choice: &str) {
        self.0
            .entry(field.to_string())
            .or_default()
            .insert(word.to_string(), choice.to_string());
    }

    /// Forgets a word, so that the automatic reading applies to it again.
    pub fn forget(&mut self, field: &str, word: &str) {
        if let Some(words) = self.0.get_mut(field) {
            words.remove(word);
            if words.is_empty() {
                self.0.remove(field);
            }
        }
    }

    /// Adds what `other` remembers; `other` wins where both know a word.
    pub fn merge(&mut self, other: &ChoiceMemory) {
        for (field, words) in &other.0 {
            let mine = self.0.entry(field.clone()).or_default();
            mine.extend(words.iter().map(|(w, k)| (w.clone(), k.clone())));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl CustomerList {
    pub fn new(id: String, name: String) -> CustomerList {
        CustomerList {
            id,
            name,
            ..Default::default()
        }
    }

    pub fn ids(&self) -> HashSet<String> {
        self.customers.iter().map(|c| c.id.clone()).collect()
    }

    /// The names of the indicators the list's customers give, in order. Borrowed while
    /// gathered: 100,000 customers with three indicators each are three names to copy, not
    /// 300,000. A customer whose names are the very texts of the customer before (a list's
    /// names are shared texts) adds none: most of a large list is skipped without a lookup.
    pub fn indicator_names(&self) -> BTreeSet<String> {
        let mut names = BTreeSet::<&str>::new();
        let mut before: Option<&Customer> = None;
        for c in self.customers.iter() {
            let same = before.is_some_and(|b| {
                b.indicators.len() == c.indicators.len()
                    && b.indicators
                        .keys()
                        .zip(c.indicators.keys())
                        .all(|(x, y)| x.same_block(y))
            });
            if !same {
                names.extend(c.indicators.keys().map(|name| name.as_str()));
            }
            before = Some(c);
        }
        names.into_iter().map(str::to_string).collect()
    }

    /// An id not yet used in the list: the next free "C-n".
    pub fn free_id(&self) -> String {
        let taken = self.ids();
        (self.customers.len() + 1..)
            .map(|n| format!("C-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_default()
    }

    /// Appends customers, giving those without an id a free one.
    pub fn append(&mut self, mut customers: Vec<Customer>) {
        if customers.is_empty() {
            return;
        }
        // The ids taken are gathered only when a customer needs a new one: a CRM export gives
        // every row an id, and a set of 100,000 copied ids was memory held for nothing.
        let mut taken: Option<HashSet<String>> = None;
        let list = &mut *self.customers;
        let mut n = list.len();
        for i in 0..customers.len() {
            if customers[i].id.is_empty() {
                // The ids in the list and those of the rows appended before this one.
                let taken = taken.get_or_insert_with(|| {
                    list.iter()
                        .chain(&customers[..i])
                        .map(|c| c.id.clone())
                        .collect()
                });
                customers[i].id = loop {
                    n += 1;
                    let id = format!("C-{n}");
                    if !taken.contains(&id) {
                        break id;
                    }
                };
            }
            if let Some(taken) = &mut taken {
                taken.insert(customers[i].id.clone());
            }
        }
        // An import into a new list takes the rows as they are, instead of holding a second
        // copy of them while they move.
        if list.is_empty() {
            *list = customers;
        } else {
            list.append(&mut customers);
        }
    }

    /// Adds an empty customer with a free id and a placeholder name; returns its index.
    pub fn add_blank(&mut self, name: String) -> usize {
        let id = self.free_id();
        self.customers.push(Customer {
            id,
            name,
            ..Default::default()
        });
        self.customers.len() - 1
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.customers.iter().position(|c| c.id == id)
    }

    /// Removes a customer, returning what undo needs to put it back where it was.
    pub fn remove(&mut self, id: &str) -> Option<Deleted> {
        let index = self.index_of(id)?;
        Some(Deleted {
            index,
            customer: self.customers.remove(index),
        })
    }

    /// Puts a removed customer back at its old place (or at the end if the list shrank);
    /// false, changing nothing, when its id has been given to another entry since.
    pub fn restore(&mut self, deleted: Deleted) -> bool {
        if self.index_of(&deleted.customer.id).is_some() {
            return false;
        }
        let index = deleted.index.min(self.customers.len());
        self.customers.insert(index, deleted.customer);
        true
    }
}

/// A removed customer and where it stood, kept for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub customer: Customer,
}

/// Deleted customers that can still be brought back, each with the list it was deleted from,
/// newest last. Only the open list's deletions are offered, so undo never changes a list that
/// is not on screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UndoStack {
    entries: Vec<(String, Deleted)>,
}

impl UndoStack {
    pub fn push(&mut self, list_id: String, deleted: Deleted) {
        self.entries.push((list_id, deleted));
    }

    /// The newest deletion made in the given list, the one its undo button brings back.
    pub fn latest(&self, list_id: &str) -> Option<&Deleted> {
        self.entries
            .iter()
            .rev()
            .find(|(id, _)| id == list_id)
            .map(|(_, d)| d)
    }

    /// Takes the newest deletion made in the given list, leaving other lists' deletions.
    pub fn take_latest(&mut self, list_id: &str) -> Option<Deleted> {
        let at = self.entries.iter().rposition(|(id, _)| id == list_id)?;
        Some(self.entries.remove(at).1)
    }

    /// Drops a deleted list's deletions: its id may be given to a new list later.
    pub fn forget_list(&mut self, list_id: &str) {
        self.entries.retain(|(id, _)| id != list_id);
    }
}

/// All lists of the browser, and which one is open.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workspace {
    pub lists: Vec<CustomerList>,
    pub current: String,
    /// Ids of stored lists that could not be read: never reused, so never overwritten.
    pub reserved: Vec<String>,
    /// Part of every new list id, different in each window ("" in tests), so that two windows
    /// creating lists at once never pick the same id.
    pub id_prefix: String,
}

impl Workspace {
    pub fn current(&self) -> Option<&CustomerList> {
        self.lists
            .iter()
            .find(|l| l.id == self.current)
            .or(self.lists.first())
    }

    pub fn current_mut(&mut self) -> Option<&mut CustomerList> {
        let id = self.current().map(|l| l.id.clone())?;
        self.lists.iter_mut().find(|l| l.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&CustomerList> {
        self.lists.iter().find(|l| l.id == id)
    }

    /// A list id not used yet.
    pub fn free_list_id(&self) -> String {
        let prefix = if self.id_prefix.is_empty() {
            "list".to_string()
        } else {
            format!("list-{}", self.id_prefix)
        };
        (self.lists.len() + 1..)
            .map(|n| format!("{prefix}-{n}"))
            .find(|id| self.get(id).is_none() && !self.reserved.contains(id))
            .unwrap_or_default()
    }

    /// A name not used yet, from a wanted one ("Clients", "Clients (2)", …).
    pub fn free_name(&self, wanted: &str) -> String {
        let taken = |n: &str| self.lists.iter().any(|l| l.name == n);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|i| format!("{wanted} ({i})"))
            .find(|n| !taken(n))
            .unwrap_or_default()
    }

    /// Creates an empty list, opens it and returns its id.
    pub fn create(&mut self, name: &str) -> String {
        let list = CustomerList::new(self.free_list_id(), self.free_name(name));
        self.add(list)
    }

    /// Adds a list as it is (an import), under a fresh id and a free name; opens it.
    pub fn add(&mut self, mut list: CustomerList) -> String {
        list.id = self.free_list_id();
        list.name = self.free_name(&list.name);
        let id = list.id.clone();
        self.lists.push(list);
        self.current = id.clone();
        id
    }

    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        let name = name.trim();
        if name.is_empty() || self.lists.iter().any(|l| l.name == name && l.id != id) {
            return false;
        }
        match self.lists.iter_mut().find(|l| l.id == id) {
            Some(list) => {
                list.name = name.to_string();
                true
            }
            None => false,
        }
    }

    /// Copies a list under a new name ("… copy") and opens the copy.
    pub fn duplicate(&mut self, id: &str, copy_suffix: &str) -> Option<String> {
        let mut copy = self.get(id)?.clone();
        copy.name = format!("{} {copy_suffix}", copy.name);
        copy.is_demo = false;
        Some(self.add(copy))
    }

    /// Deletes a list; opens a neighbour.
    pub fn delete(&mut self, id: &str) -> Option<CustomerList> {
        let index = self.lists.iter().position(|l| l.id == id)?;
        let removed = self.lists.remove(index);
        if self.current == id {
            self.current = self
                .lists
                .get(index.min(self.lists.len().saturating_sub(1)))
                .map(|l| l.id.clone())
                .unwrap_or_default();
        }
        Some(removed)
    }

    pub fn open(&mut self, id: &str) {
        if self.get(id).is_some() {
            self.current = id.to_string();
        }
    }

    /// Brings back the open list's newest deleted customer into the open list; returns it
    /// (its name is announced), or `None` when there is none or its id is taken again.
    /// Deletions made in other lists stay for when they are opened.
    pub fn undo_delete(&mut self, undo: &mut UndoStack) -> Option<Customer> {
        let list = self.current_mut()?;
        let deleted = undo.take_latest(&list.id)?;
        let customer = deleted.customer.clone();
        list.restore(deleted).then_some(customer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Figure;

    #[test]
    fn a_revision_changes_with_every_mutable_borrow_and_only_then() {
        let mut list = CustomerList::new("l".into(), "Clients".into());
        let start = list.customers.revision();
        assert_eq!(list.customers.len(), 0);
        let _ = list.customers.iter().count();
        list.name = "Renamed".into();
        list.settings.capacity = 3;
        assert_eq!(list.customers.revision(), start, "reading or other fields");
        list.add_blank("New".into());
        let added = list.customers.revision();
        assert_ne!(added, start);
        let copy = list.clone();
        assert_eq!(
            copy.customers.revision(),
            added,
            "a copy holds the same customers"
        );
        list.customers[0].revenue_per_year = Figure::of(10.0);
        assert_ne!(list.customers.revision(), added);
        assert_ne!(list.customers.revision(), copy.customers.revision());
        // Read back from storage: a new revision, the same customers.
        let text = serde_json::to_string(&list).expect("serialises");
        assert!(
            text.contains(r#""customers":[{"#),
            "stored as a bare list: {text}"
        );
        let again: CustomerList = serde_json::from_str(&text).expect("reads back");
        assert_eq!(again, list);
        assert_ne!(again.customers.revision(), list.customers.revision());
    }

    /// One step of the property below: an edit of one element, a borrow of the whole value,
    /// or a copy taken (which keeps the revision) and edited instead.
    #[derive(Debug, Clone)]
    enum Step {
        Edit(usize),
        Whole,
        EditCopy(usize),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            8 => (0usize..12).prop_map(Step::Edit),
            1 => Just(Step::Whole),
            1 => (0usize..12).prop_map(Step::EditCopy),
        ]
    }

    proptest::proptest! {
        /// `changed_since` never hides a change: for every revision the value had, it names at
        /// least the elements that differ since (compared by value), and it answers for the
        /// remembered edits exactly the elements edited; a snapshot taken at any revision
        /// keeps that revision's value.
        #[test]
        fn changed_since_names_every_element_that_changed(
            steps in proptest::collection::vec(step(), 0..90),
        ) {
            let mut value = Revised::new(vec![0u32; 12]);
            // Every revision seen, with the value then and the elements edited one by one since
            // (`None` once the whole value was borrowed).
            let mut seen: Vec<(Revision, Vec<u32>, Option<Vec<usize>>)> =
                vec![(value.revision(), value.to_vec(), Some(Vec::new()))];
            let mut counter = 0u32;
            let mut snapshots = Vec::new();
            for step in steps {
                counter += 1;
                match step {
                    Step::Edit(i) => {
                        if let Some(e) = value.edit(i) {
                            *e = counter;
                        }
                        for (_, _, edited) in &mut seen {
                            if let Some(edited) = edited {
                                edited.push(i);
                            }
                        }
                    }
                    Step::Whole => {
                        value[0] = counter;
                        for (_, _, edited) in &mut seen {
                            *edited = None;
                        }
                    }
                    Step::EditCopy(i) => {
                        let mut copy = value.clone();
                        let before = copy.revision();
                        if let Some(e) = copy.edit(i) {
                            *e = counter;
                        }
                        proptest::prop_assert_eq!(copy.changed_since(before), Some(vec![i]));
                        proptest::prop_assert_eq!(value.changed_since(copy.revision()), None);
                    }
                }
                seen.push((value.revision(), value.to_vec(), Some(Vec::new())));
                snapshots.push(value.shared());
            }
            // A snapshot keeps the value it was taken of, whatever was edited after.
            for (snapshot, (_, then, _)) in snapshots.iter().zip(&seen[1..]) {
                proptest::prop_assert_eq!(&**snapshot, then);
            }
            let remembered = seen.len().saturating_sub(EDITS_REMEMBERED + 1);
            for (k, (revision, then, edited)) in seen.iter().enumerate() {
                let answer = value.changed_since(*revision);
                if let Some(changed) = &answer {
                    for (i, (a, b)) in then.iter().zip(value.iter()).enumerate() {
                        proptest::prop_assert!(a == b || changed.contains(&i), "{i} changed");
                    }
                }
                if let (Some(edited), true) = (edited, k >= remembered) {
                    let mut edited = edited.clone();
                    edited.sort_unstable();
                    edited.dedup();
                    proptest::prop_assert_eq!(answer, Some(edited), "revision {}", k);
                }
            }
        }
    }

    #[test]
    fn list_operations() {
        let mut w = Workspace::default();
        let a = w.create("Clients");
        let b = w.create("Clients");
        assert_eq!(w.get(&b).unwrap().name, "Clients (2)");
        assert_eq!(w.current, b);
        assert!(w.rename(&b, "Leads"));
        assert!(!w.rename(&b, "Clients"), "names stay unique");
        assert!(!w.rename(&b, "  "), "a name cannot be blank");
        let c = w.duplicate(&a, "copy").unwrap();
        assert_eq!(w.get(&c).unwrap().name, "Clients copy");
        w.delete(&c);
        assert_eq!(w.lists.len(), 2);
        assert!(w.current().is_some());
        w.open(&a);
        assert_eq!(w.current().unwrap().id, a);
    }

    #[test]
    fn delete_and_undo_restore_the_same_place() {
        let mut list = CustomerList::new("l".into(), "L".into());
        for name in ["A", "B", "C"] {
            list.add_blank(name.into());
        }
        let before = list.clone();
        let deleted = list.remove("C-2").unwrap();
        assert_eq!(list.customers.len(), 2);
        assert!(list.restore(deleted));
        assert_eq!(list, before);
    }

    /// Issue 12 point 6: delete in list A, open list B; undo must not change A unseen.
    #[test]
    fn undo_belongs_to_the_list_it_was_made_in() {
        let mut w = Workspace::default();
        let a = w.create("A");
        let b = w.create("B");
        w.open(&a);
        for name in ["A1", "A2", "A3"] {
            w.current_mut().unwrap().add_blank(name.into());
        }
        w.open(&b);
        w.current_mut().unwrap().add_blank("B1".into());
        let mut undo = UndoStack::default();

        w.open(&a);
        let deleted = w.current_mut().unwrap().remove("C-2").unwrap();
        assert_eq!(deleted.customer.name, "A2");
        undo.push(a.clone(), deleted);
        let a_after_delete = w.get(&a).unwrap().clone();
        let b_before = w.get(&b).unwrap().clone();

        w.open(&b);
        assert_eq!(undo.latest(&b), None, "list B offers no undo");
        assert_eq!(w.undo_delete(&mut undo), None);
        assert_eq!(
            w.get(&a).unwrap(),
            &a_after_delete,
            "A unchanged while B is open"
        );
        assert_eq!(w.get(&b).unwrap(), &b_before, "B unchanged");

        w.open(&a);
        assert_eq!(
            undo.latest(&a).map(|d| d.customer.name.as_str()),
            Some("A2")
        );
        let restored = w.undo_delete(&mut undo).unwrap();
        assert_eq!(restored.name, "A2");
        let names: Vec<&str> = w
            .get(&a)
            .unwrap()
            .customers
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["A1", "A2", "A3"], "back in its old place");
        assert_eq!(undo.latest(&a), None);

        // An id given to a new entry since the deletion is not overwritten, nor said restored.
        let deleted = w.current_mut().unwrap().remove("C-2").unwrap();
        undo.push(a.clone(), deleted);
        w.current_mut().unwrap().append(vec![Customer {
            id: "C-2".into(),
            name: "New".into(),
            ..Default::default()
        }]);
        let before = w.get(&a).unwrap().clone();
        assert_eq!(w.undo_delete(&mut undo), None);
        assert_eq!(w.get(&a).unwrap(), &before);
    }

    #[test]
    fn undo_takes_the_newest_of_its_own_list_and_forgets_deleted_lists() {
        let mut list_a = CustomerList::new("a".into(), "A".into());
        let mut list_b = CustomerList::new("b".into(), "B".into());
        for name in ["A1", "A2"] {
            list_a.add_blank(name.into());
        }
        list_b.add_blank("B1".into());
        let mut undo = UndoStack::default();
        undo.push("a".into(), list_a.remove("C-1").unwrap());
        undo.push("b".into(), list_b.remove("C-1").unwrap());
        undo.push("a".into(), list_a.remove("C-2").unwrap());
        assert_eq!(undo.take_latest("a").unwrap().customer.name, "A2");
        assert_eq!(undo.latest("b").unwrap().customer.name, "B1");
        assert_eq!(undo.latest("a").unwrap().customer.name, "A1");
        undo.forget_list("a");
        assert_eq!(undo.latest("a"), None, "a reused id finds nothing");
        assert_eq!(undo.take_latest("b").unwrap().customer.name, "B1");
    }

    #[test]
    fn indicator_names_are_every_name_given_once() {
        use crate::engine::text::Text;
        let with = |names: &[&str]| Customer {
            indicators: names.iter().map(|n| (Text::new(n), 1.0)).collect(),
            ..Default::default()
        };
        let mut list = CustomerList::new("l".into(), "L".into());
        // Runs of customers with the same names (skipped), a customer with a name more, one
        // with none, then as many names as the one before but not the same.
        list.customers = vec![
            with(&["nps", "tenure"]),
            with(&["nps", "tenure"]),
            with(&["nps", "tenure", "visits"]),
            Customer::default(),
            with(&["nps", "tenure"]),
            with(&["nps", "zeta"]),
        ]
        .into();
        let naive: BTreeSet<String> = list
            .customers
            .iter()
            .flat_map(|c| c.indicators.keys().map(|k| k.to_string()))
            .collect();
        assert_eq!(list.indicator_names(), naive);
        assert_eq!(naive.len(), 4);
    }

    #[test]
    fn append_gives_free_ids() {
        let mut list = CustomerList::new("l".into(), "L".into());
        list.add_blank("A".into());
        list.append(vec![
            Customer {
                name: "B".into(),
                ..Default::default()
            },
            Customer::default(),
        ]);
        let ids: Vec<&str> = list.customers.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["C-1", "C-2", "C-3"]);
    }

    #[test]
    fn ids_given_on_append_skip_those_already_in_the_list_and_appended_before() {
        let with_id = |id: &str| Customer {
            id: id.into(),
            ..Default::default()
        };
        let mut list = CustomerList::new("l".into(), "L".into());
        list.append(vec![with_id("C-1")]);
        list.append(vec![
            with_id("X"),
            with_id("C-2"),
            Customer::default(),
            Customer::default(),
        ]);
        let ids: Vec<&str> = list.customers.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["C-1", "X", "C-2", "C-3", "C-4"]);
    }

    #[test]
    fn appending_nothing_keeps_the_revision() {
        let mut list = CustomerList::new("l".into(), "L".into());
        let before = list.customers.revision();
        list.append(Vec::new());
        assert_eq!(list.customers.revision(), before);
    }
}
