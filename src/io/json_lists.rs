//! A list document or a backup of lists read a slice at a time, so that the page can paint and
//! answer input while a file of 100,000 customers (some 30 MB of JSON) is read: read whole, it
//! was one task of about half a second.
//!
//! The text is first scanned for the customers' arrays of its lists, which are left out of
//! what is read as the document (its head, settings, choice words, purchase log); the
//! customers are then read one by one from their arrays. What the scan finds and what the
//! whole document reads are held equal by the tests; a text the slices cannot read (not JSON,
//! a customer that is not one) is read whole, for the reason the whole reading gives.

use super::store::{lists_from_json, log_from_backup, DocError};
use crate::engine::model::Customer;
use crate::lists::CustomerList;

/// Where a customers' array lies in the text: from after its `[` to its `]`, and how many
/// items it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    start: usize,
    end: usize,
    items: usize,
}

/// An open object or array met by the scan, the key it is the value of, and which of the keys
/// that place the customers ([`WATCHED`]) it has held so far.
#[derive(Debug, Clone, Copy)]
struct Container {
    object: bool,
    key: Option<(usize, usize)>,
    seen: u8,
}

/// The keys on the way to a list's customers. One given twice in an object is read by the
/// whole reading as its last value (serde_json's tree keeps the last): the slices, which would
/// take the first array found, leave such a text to it.
const WATCHED: [&[u8]; 3] = [b"list", b"lists", b"customers"];

/// The customers' array being crossed.
#[derive(Debug, Clone, Copy)]
struct Within {
    /// After its `[`.
    start: usize,
    /// How many containers are open inside it, its own included.
    depth: usize,
    items: usize,
    /// After its `[` or a `,`: the next byte other than `]` starts an item.
    due: bool,
}

/// JSON's whitespace (the ASCII one less form feed, which JSON does not allow).
fn is_json_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first place from `pos` (`end` at most) that is not JSON's whitespace.
fn past_space(bytes: &[u8], pos: usize, end: usize) -> usize {
    (pos..end)
        .find(|&i| !is_json_space(bytes[i]))
        .unwrap_or(end.max(pos))
}

/// The scan: one byte at a time, resumable between slices.
#[derive(Debug, Default)]
struct Scan {
    pos: usize,
    open: Vec<Container>,
    in_string: bool,
    escaped: bool,
    string_start: usize,
    /// The last string closed outside the customers' arrays.
    last_string: Option<(usize, usize)>,
    /// The key whose value comes next, once its `:` is read.
    value_of: Option<(usize, usize)>,
    within: Option<Within>,
    spans: Vec<Span>,
    /// A key of [`WATCHED`] given twice in one object.
    repeated_key: bool,
}

impl Scan {
    /// Whether an array opened now, as the value of `key`, is a list's customers: `list` →
    /// `customers` in a list document, `lists` → a list document → `list` → `customers` in
    /// a backup.
    fn opens_customers(&self, text: &[u8], key: Option<(usize, usize)>) -> bool {
        let name = |k: Option<(usize, usize)>| k.map(|(a, b)| &text[a..b]);
        if name(key) != Some(b"customers") {
            return false;
        }
        match self.open.as_slice() {
            [root, list] => root.object && list.object && name(list.key) == Some(b"list"),
            [root, lists, doc, list] => {
                root.object
                    && !lists.object
                    && name(lists.key) == Some(b"lists")
                    && doc.object
                    && list.object
                    && name(list.key) == Some(b"list")
            }
            _ => false,
        }
    }

    /// Notes a key read in the innermost object, and whether it repeats a watched one.
    fn key_read(&mut self, text: &[u8], key: (usize, usize)) {
        let Some(watched) = WATCHED.iter().position(|w| *w == &text[key.0..key.1]) else {
            return;
        };
        if let Some(object) = self.open.last_mut() {
            let bit = 1 << watched;
            self.repeated_key |= object.seen & bit != 0;
            object.seen |= bit;
        }
    }

    /// Scans up to `bytes` more bytes of `text`; true once the whole text is scanned.
    fn advance(&mut self, text: &[u8], bytes: usize) -> bool {
        let end = self.pos.saturating_add(bytes.max(1)).min(text.len());
        while self.pos < end {
            let at = self.pos;
            let b = text[at];
            self.pos += 1;
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                    if self.within.is_none() {
                        self.last_string = Some((self.string_start, at));
                    }
                }
                continue;
            }
            if is_json_space(b) {
                continue;
            }
            if let Some(within) = &mut self.within {
                if self.open.len() == within.depth && within.due && b != b']' {
                    within.items += 1;
                    within.due = false;
                }
            }
            // The value of the key just read: remembered by the container it opens.
            let key = if b == b':' {
                None
            } else {
                self.value_of.take()
            };
            match b {
                b'"' => {
                    self.in_string = true;
                    self.string_start = at + 1;
                }
                b':' if self.within.is_none() && self.open.last().is_some_and(|c| c.object) => {
                    self.value_of = self.last_string;
                    if let Some(key) = self.last_string {
                        self.key_read(text, key);
                    }
                }
                b',' => {
                    if let Some(within) = &mut self.within {
                        within.due |= self.open.len() == within.depth;
                    }
                }
                b'{' | b'[' => {
                    if self.within.is_none() && b == b'[' && self.opens_customers(text, key) {
                        self.within = Some(Within {
                            start: at + 1,
                            depth: self.open.len() + 1,
                            items: 0,
                            due: true,
                        });
                    }
                    self.open.push(Container {
                        object: b == b'{',
                        key,
                        seen: 0,
                    });
                }
                b'}' | b']' => {
                    if let Some(within) = self.within {
                        if self.open.len() == within.depth {
                            self.spans.push(Span {
                                start: within.start,
                                end: at,
                                items: within.items,
                            });
                            self.within = None;
                        }
                    }
                    self.open.pop();
                }
                _ => {}
            }
        }
        self.pos == text.len()
    }
}

/// Room for the `items` customers an array holds, made at once (grown by doubling, the
/// customers of a large list were copied a dozen times), unless the text's count is more than
/// memory holds (`[0,0,…]` counts one item in two bytes): the first item is then refused.
fn room_for(items: usize) -> Vec<Customer> {
    let mut room = Vec::new();
    let _ = room.try_reserve_exact(items);
    room
}

/// What is left to do.
#[derive(Debug)]
enum Phase {
    Scanning(Scan),
    /// The lists read without their customers, and the customers being read into them: the
    /// array at `span` of `spans`, from `pos`.
    Customers {
        lists: Vec<CustomerList>,
        log: Option<String>,
        spans: Vec<Span>,
        span: usize,
        pos: usize,
        read: Vec<Customer>,
        /// A `,` was read: another customer must follow.
        due: bool,
    },
    Ended,
}

/// What a document holds: its lists, and the purchase log a backup keeps with them.
#[derive(Debug, PartialEq)]
pub struct ListsRead {
    pub lists: Vec<CustomerList>,
    /// A backup's purchase log, as the document it is kept as.
    pub log: Option<String>,
}

/// A list document or backup being read (see the module's comment).
#[derive(Debug)]
pub struct ListsReading {
    text: String,
    phase: Phase,
    /// Customers read so far.
    customers: usize,
    /// Whether the text was read whole (the slices could not read it).
    whole: bool,
}

/// How many bytes scanned a byte of customers read counts as, for the progress: reading a
/// customer takes some eight times as long as scanning its text.
const SCANNED_PER_READ: usize = 8;

impl ListsReading {
    pub fn new(text: String) -> ListsReading {
        ListsReading {
            text,
            phase: Phase::Scanning(Scan::default()),
            customers: 0,
            whole: false,
        }
    }

    /// Whether the text was read whole, the slices unable to read it.
    pub fn read_whole_instead(&self) -> bool {
        self.whole
    }

    /// Work done and in all, in bytes (the text is scanned, then its customers read, which
    /// takes the longer), and the customers read so far.
    pub fn progress(&self) -> (usize, usize, usize) {
        let len = self.text.len();
        let total = len.saturating_mul(SCANNED_PER_READ + 1);
        let done = match &self.phase {
            Phase::Scanning(scan) => scan.pos,
            // The arrays come in the text's order, so where the reading is tells how far.
            Phase::Customers { pos, .. } => len + pos.saturating_mul(SCANNED_PER_READ),
            Phase::Ended => total,
        };
        (done.min(total), total, self.customers)
    }

    /// Reads on: up to `bytes` bytes scanned, or `customers` customers read. `Some` with
    /// what the document holds, or why it cannot be read, once it is all read.
    pub fn advance(
        &mut self,
        bytes: usize,
        customers: usize,
    ) -> Option<Result<ListsRead, DocError>> {
        match &mut self.phase {
            Phase::Scanning(scan) => {
                // A byte-order mark needs no skipping: its bytes are none of JSON's.
                if !scan.advance(self.text.as_bytes(), bytes) {
                    return None;
                }
                let spans = std::mem::take(&mut scan.spans);
                let readable = scan.within.is_none()
                    && scan.open.is_empty()
                    && !scan.in_string
                    && !scan.repeated_key;
                self.phase = Phase::Ended;
                let started = readable.then(|| self.start_customers(spans)).flatten();
                match started {
                    Some(phase) => {
                        self.phase = phase;
                        None
                    }
                    None => Some(self.read_whole()),
                }
            }
            Phase::Customers { .. } => self.read_customers(customers),
            Phase::Ended => Some(Err(DocError::Invalid("already read".into()))),
        }
    }

    /// The document read without its customers' arrays: the lists (each without customers)
    /// and a backup's log; `None` when the arrays found are not one per list.
    fn start_customers(&self, spans: Vec<Span>) -> Option<Phase> {
        let mut head = String::with_capacity(
            self.text.len() - spans.iter().map(|s| s.end - s.start).sum::<usize>(),
        );
        let mut from = 0;
        for s in &spans {
            head.push_str(&self.text[from..s.start]);
            from = s.end;
        }
        head.push_str(&self.text[from..]);
        let lists = lists_from_json(&head).ok()?;
        if lists.len() != spans.len() || lists.iter().any(|l| !l.customers.is_empty()) {
            return None;
        }
        let log = log_from_backup(&head);
        let pos = spans.first().map_or(0, |s| s.start);
        let read = room_for(spans.first().map_or(0, |s| s.items));
        Some(Phase::Customers {
            lists,
            log,
            spans,
            span: 0,
            pos,
            read,
            due: false,
        })
    }

    /// The document read in one go: for a text the slices cannot read, the reason.
    fn read_whole(&mut self) -> Result<ListsRead, DocError> {
        self.phase = Phase::Ended;
        self.whole = true;
        let lists = lists_from_json(&self.text)?;
        let log = log_from_backup(&self.text);
        self.customers = lists.iter().map(|l| l.customers.len()).sum();
        Ok(ListsRead { lists, log })
    }

    fn read_customers(&mut self, count: usize) -> Option<Result<ListsRead, DocError>> {
        let Phase::Customers {
            lists,
            spans,
            span,
            pos,
            read,
            due,
            ..
        } = &mut self.phase
        else {
            return None;
        };
        let bytes = self.text.as_bytes();
        let mut left = count.max(1);
        while *span < spans.len() {
            let Span { end, .. } = spans[*span];
            *pos = past_space(bytes, *pos, end);
            if *pos >= end {
                if *due {
                    return Some(self.read_whole());
                }
                lists[*span].customers = std::mem::take(read).into();
                *span += 1;
                if let Some(next) = spans.get(*span) {
                    *pos = next.start;
                    *read = room_for(next.items);
                }
                continue;
            }
            if left == 0 {
                return None;
            }
            let mut items =
                serde_json::Deserializer::from_str(&self.text[*pos..end]).into_iter::<Customer>();
            let Some(Ok(customer)) = items.next() else {
                return Some(self.read_whole());
            };
            *pos += items.byte_offset();
            read.push(customer);
            self.customers += 1;
            left -= 1;
            *pos = past_space(bytes, *pos, end);
            *due = *pos < end && bytes[*pos] == b',';
            if *due {
                *pos += 1;
            } else if *pos < end {
                return Some(self.read_whole());
            }
        }
        let Phase::Customers { lists, log, .. } = std::mem::replace(&mut self.phase, Phase::Ended)
        else {
            return None;
        };
        Some(Ok(ListsRead { lists, log }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::text::Text;
    use crate::io::store::{backup_to_json, list_to_json};
    use proptest::prelude::*;

    /// What the whole document reads: the lists, and a backup's log.
    fn read_whole(text: &str) -> Result<ListsRead, DocError> {
        Ok(ListsRead {
            lists: lists_from_json(text)?,
            log: log_from_backup(text),
        })
    }

    /// Reads `text` in slices of `bytes` bytes and `customers` customers; the outcome, how
    /// many slices read customers from their arrays, and whether the text was read whole
    /// instead.
    fn read_in_slices(
        text: &str,
        bytes: usize,
        customers: usize,
    ) -> (Result<ListsRead, DocError>, usize, bool) {
        let mut reading = ListsReading::new(text.to_string());
        let mut slices = 0;
        loop {
            let before = reading.progress();
            let read = reading.advance(bytes, customers);
            let after = reading.progress();
            assert!(
                after.0 >= before.0 && after.0 <= after.1,
                "{before:?} → {after:?}"
            );
            if after.2 > before.2 && !reading.read_whole_instead() {
                slices += 1;
            }
            if let Some(read) = read {
                return (read, slices, reading.read_whole_instead());
            }
        }
    }

    /// Texts a scan must step over without taking them for the document's structure.
    fn arb_text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("customers".to_string()),
            Just("\"customers\": [".to_string()),
            Just("list".to_string()),
            Just("]},{[".to_string()),
            Just("a \\\" \\\\ b".to_string()),
            "[a-z\\[\\]{}\":,\\\\ é中]{0,12}",
        ]
    }

    fn arb_customer() -> impl Strategy<Value = Customer> {
        (
            arb_text(),
            arb_text(),
            prop::option::of(0.0f64..1e6),
            prop::collection::btree_map(arb_text(), -1e3f64..1e3, 0..3),
            prop::collection::btree_map(arb_text(), arb_text(), 0..2),
        )
            .prop_map(|(id, name, revenue, indicators, custom)| Customer {
                id,
                name,
                region: Text::new("customers"),
                revenue_per_year: revenue.map_or(Figure::UNKNOWN, Figure::of),
                indicators: indicators
                    .into_iter()
                    .map(|(k, v)| (Text::new(&k), v))
                    .collect(),
                custom: custom
                    .into_iter()
                    .map(|(k, v)| (Text::new(&k), Text::new(&v)))
                    .collect(),
                ..Default::default()
            })
    }

    fn arb_list() -> impl Strategy<Value = CustomerList> {
        (arb_text(), prop::collection::vec(arb_customer(), 0..6)).prop_map(|(name, customers)| {
            let mut list = CustomerList::new("id".into(), name);
            list.append(customers);
            list
        })
    }

    proptest! {
        /// A list document, or a backup of several lists (its purchase log among them), read
        /// a slice at a time is what the whole document reads, and its customers are read
        /// from their arrays (not by the whole reading, which the slices fall back on).
        #[test]
        fn documents_read_in_slices_are_read_whole(
            lists in prop::collection::vec(arb_list(), 1..4),
            backup in any::<bool>(),
            compact in any::<bool>(),
            bytes in 1usize..300,
            customers in 1usize..4,
        ) {
            let log = r#"{"customers":[{"id":"x"}],"list":{"customers":[1]}}"#;
            let mut text = if backup {
                backup_to_json(&lists, Some(log))
            } else {
                list_to_json(&lists[0])
            };
            if compact {
                // Unindented, and its keys in another order.
                let tree: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                text = tree.to_string();
            }
            let (read, slices, whole_instead) = read_in_slices(&text, bytes, customers);
            prop_assert!(!whole_instead);
            let whole = read_whole(&text);
            prop_assert!(whole.is_ok());
            prop_assert_eq!(&read, &whole);
            let read = read.expect("read");
            let count: usize = read.lists.iter().map(|l| l.customers.len()).sum();
            prop_assert_eq!(slices, count.div_ceil(customers));
            prop_assert_eq!(read.log.is_some(), backup);
        }
    }

    /// Texts that are not a list, or not whole, are refused for the reason the whole reading
    /// gives; texts the slices would read otherwise than the whole reading (a key on the way
    /// to the customers given twice, a form feed) are read whole.
    #[test]
    fn what_the_slices_cannot_read_is_read_whole() {
        let mut list = CustomerList::new("id".into(), "L".into());
        list.append(vec![Customer {
            id: "a".into(),
            ..Default::default()
        }]);
        let good = list_to_json(&list);
        let at = good.find("\"customers\": [").expect("customers") + "\"customers\": [".len();
        let list_at = good.find("\"list\": {").expect("list");
        let cases = [
            String::new(),
            "   ".to_string(),
            "{\"app\":\"another\",\"list\":{\"customers\":[]}}".to_string(),
            good[..good.len() - 3].to_string(),
            format!("{}1, {}", &good[..at], &good[at..]),
            format!("{}{{}},]{}", &good[..at], &good[at..].replacen(']', "", 1)),
            good.replacen("\"schema\": 1", "\"schema\": 99", 1),
            format!("{good}x"),
            format!("{}\u{c}{}", &good[..at], &good[at..]),
            // The customers given twice, a list before the list, a list after it: the whole
            // reading keeps the last of each.
            good.replacen("\"customers\": [", "\"customers\": [], \"customers\": [", 1),
            format!(
                "{}\"list\": {{\"name\": \"B\"}},\n  {}",
                &good[..list_at],
                &good[list_at..]
            ),
            format!(
                "{}, \"list\": {{\"name\": \"B\"}}}}",
                good.trim_end().trim_end_matches('}')
            ),
        ];
        for text in cases {
            for bytes in [1, 7, usize::MAX] {
                let (read, _, _) = read_in_slices(&text, bytes, 2);
                assert_eq!(read, read_whole(&text), "{text:?}");
            }
        }
        // A byte-order mark is no reason to read whole.
        let (read, slices, whole_instead) = read_in_slices(&format!("\u{feff}{good}"), 5, 1);
        assert_eq!(read, read_whole(&good));
        assert_eq!((slices, whole_instead), (1, false));
    }
}
