//! Texts that many customers of a list share: a region, the name and the value of an attribute
//! of the user's own, the name of an indicator.
//!
//! Each was a `String` of its own, a heap block per customer: a pass of the analysis over
//! 100,000 customers (the tier profiles counting regions, the weighted pyramids looking up an
//! indicator by name) waited on memory for each block it had not touched for a while. A
//! [`Text`] made from the same characters as one made before is the same block, so such a pass
//! reads a handful of blocks that stay in the cache, and a list holds each distinct text once.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

/// A shared, immutable text; compares, orders and hashes as the `str` it holds, and is stored
/// and printed as one.
#[derive(Clone, Default, Eq, PartialOrd, Ord)]
pub struct Text(Arc<str>);

/// Texts longer than this are not looked up among those made before: a region or a category
/// is short, and a long text (a note pasted into an attribute) is seldom repeated.
const SHARED_UP_TO_BYTES: usize = 64;
/// At most this many distinct texts are remembered; past it the memory starts afresh, so a
/// list whose attribute holds a different text for every customer does not grow it without
/// bound, and the texts of the next list are shared again.
const REMEMBERED: usize = 4_096;

thread_local! {
    static MADE: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
}

impl Text {
    /// The text of `s`: the block of an equal text made before when there is one.
    pub fn new(s: &str) -> Text {
        if s.is_empty() {
            return Text::default();
        }
        if s.len() > SHARED_UP_TO_BYTES {
            return Text(Arc::from(s));
        }
        // While the thread ends (nothing of the page does), a text of its own.
        MADE.try_with(|made| {
            let mut made = made.borrow_mut();
            if let Some(shared) = made.get(s) {
                return Text(Arc::clone(shared));
            }
            if made.len() >= REMEMBERED {
                made.clear();
            }
            let text: Arc<str> = Arc::from(s);
            made.insert(Arc::clone(&text));
            Text(text)
        })
        .unwrap_or_else(|_| Text(Arc::from(s)))
    }

    /// The text as a `str`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two texts are one block (equal texts made by [`Text::new`] usually are).
    pub fn same_block(&self, other: &Text) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        // Shared blocks answer without reading the characters.
        self.same_block(other) || *self.0 == *other.0
    }
}

/// As the `str`'s, so that a map keyed by texts can be searched with a `&str`.
impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Lets a map keyed by texts be searched with a `&str` (its order and hash are the `str`'s).
impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(&s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::new(s)
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text")
            }
            // Borrowed or not, the characters are looked up without a `String` made first.
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::new(s))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_short_texts_are_one_block() {
        let a = Text::new("North");
        let b = Text::from(String::from("North"));
        let c: Text = serde_json::from_str("\"North\"").expect("a JSON text");
        assert!(a.same_block(&b) && a.same_block(&c));
        assert!(!a.same_block(&Text::new("South")));
    }

    #[test]
    fn a_long_text_is_its_own_block_and_still_equal() {
        let long = "x".repeat(SHARED_UP_TO_BYTES + 1);
        let (a, b) = (Text::new(&long), Text::new(&long));
        assert!(!a.same_block(&b));
        assert_eq!(a, b);
    }

    #[test]
    fn the_memory_of_texts_starts_afresh_when_full_and_keeps_working() {
        let first = Text::new("kept");
        for k in 0..=REMEMBERED {
            Text::new(&format!("value {k}"));
        }
        MADE.with(|made| assert!(made.borrow().len() <= REMEMBERED));
        // A text made before the memory started afresh is still what it was.
        assert_eq!(first, Text::new("kept"));
        assert_eq!(first.as_str(), "kept");
    }

    #[test]
    fn a_map_of_texts_is_searched_by_str() {
        let mut m = std::collections::BTreeMap::new();
        m.insert(Text::new("growth"), 1.0);
        assert_eq!(m.get("growth"), Some(&1.0));
    }

    proptest! {
        /// A text compares, orders, prints and is stored as the `str` it holds.
        #[test]
        fn a_text_behaves_as_its_str(a in "\\PC{0,80}", b in "\\PC{0,80}") {
            let (ta, tb) = (Text::new(&a), Text::new(&b));
            prop_assert_eq!(ta == tb, a == b);
            prop_assert_eq!(ta.cmp(&tb), a.as_str().cmp(b.as_str()));
            prop_assert_eq!(format!("{ta:?}"), format!("{a:?}"));
            prop_assert_eq!(ta.to_string(), a.clone());
            let stored = serde_json::to_string(&ta).expect("serialises");
            prop_assert_eq!(&stored, &serde_json::to_string(&a).expect("serialises"));
            let back: Text = serde_json::from_str(&stored).expect("reads back");
            prop_assert_eq!(back.as_str(), a.as_str());
            // Hashed as its `str`: a set of texts is searched by one.
            let set: HashSet<Text> = [ta].into_iter().collect();
            prop_assert!(set.contains(a.as_str()));
        }
    }
}
