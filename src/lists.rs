//! Customer lists and the operations the page offers on them, as plain methods so they are
//! tested natively; the page only calls them.

use crate::engine::model::Customer;
use crate::engine::settings::Settings;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One named list of customers and prospects, with the settings its analysis uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CustomerList {
    /// Stable identifier, also the storage key suffix; never shown.
    pub id: String,
    pub name: String,
    /// The built-in demo list (restorable in one click).
    pub is_demo: bool,
    pub customers: Vec<Customer>,
    pub settings: Settings,
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

    /// An id not yet used in the list: the next free "C-n".
    pub fn free_id(&self) -> String {
        let taken = self.ids();
        (self.customers.len() + 1..)
            .map(|n| format!("C-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_default()
    }

    /// Appends customers, giving those without an id a free one.
    pub fn append(&mut self, customers: Vec<Customer>) {
        let mut taken = self.ids();
        let mut n = self.customers.len();
        for mut c in customers {
            if c.id.is_empty() {
                c.id = loop {
                    n += 1;
                    let id = format!("C-{n}");
                    if !taken.contains(&id) {
                        break id;
                    }
                };
            }
            taken.insert(c.id.clone());
            self.customers.push(c);
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

    /// Puts a removed customer back at its old place (or at the end if the list shrank).
    pub fn restore(&mut self, deleted: Deleted) {
        if self.index_of(&deleted.customer.id).is_some() {
            return;
        }
        let index = deleted.index.min(self.customers.len());
        self.customers.insert(index, deleted.customer);
    }
}

/// A removed customer and where it stood, kept for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub customer: Customer,
}

/// All lists of the browser, and which one is open.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workspace {
    pub lists: Vec<CustomerList>,
    pub current: String,
    /// Ids of stored lists that could not be read: never reused, so never overwritten.
    pub reserved: Vec<String>,
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
        (self.lists.len() + 1..)
            .map(|n| format!("list-{n}"))
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
        list.restore(deleted);
        assert_eq!(list, before);
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
}
