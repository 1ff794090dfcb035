//! Reading numbers written by people and spreadsheets: decimal point or comma, grouped
//! thousands, a currency sign or a percent sign around them.

use serde::{Deserialize, Serialize};

/// Which character separates the integer part from the fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DecimalSeparator {
    /// `1,234.5`
    #[default]
    Point,
    /// `1.234,5`
    Comma,
}

impl DecimalSeparator {
    pub fn char(self) -> char {
        match self {
            DecimalSeparator::Point => '.',
            DecimalSeparator::Comma => ',',
        }
    }

    fn grouping(self) -> char {
        match self {
            DecimalSeparator::Point => ',',
            DecimalSeparator::Comma => '.',
        }
    }
}

/// A number as written, and whether it carried a percent sign.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedNumber {
    pub value: f64,
    pub percent: bool,
}

const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₫', '₽', '¢'];
const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}', '\''];

/// Parses one number. Thousands groups must have exactly three digits, so `1,5` with a decimal
/// point is refused rather than silently read as fifteen. Never returns NaN or infinity.
pub fn parse_number(text: &str, decimal: DecimalSeparator) -> Option<ParsedNumber> {
    let mut t = text.trim();
    let mut percent = false;
    if let Some(rest) = t.strip_suffix('%') {
        percent = true;
        t = rest.trim_end();
    }
    t = t.trim_matches(|c| CURRENCY_SIGNS.contains(&c)).trim();
    let (negative, body) = match t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let body = body.trim_matches(|c| CURRENCY_SIGNS.contains(&c));
    let (integer, fraction) = match body.split_once(decimal.char()) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if !grouped_digits(integer, decimal.grouping()) {
        return None;
    }
    // The number is rewritten as `-123.45` for the standard parser. A cell is read for every
    // row of an import, so the rewriting goes to the stack: two strings a cell were much of a
    // 100,000-row check.
    let mut buffer = [0u8; 64];
    let mut heap = Vec::new();
    let mut out = Plain {
        stack: &mut buffer,
        len: 0,
        heap: &mut heap,
    };
    if negative {
        out.push(b"-");
    }
    let mut no_digits = true;
    for group in groups(integer, decimal.grouping()) {
        no_digits &= group.is_empty();
        out.push(group.as_bytes());
    }
    if no_digits {
        out.push(b"0");
    }
    if let Some(f) = fraction {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push(b".");
        out.push(f.as_bytes());
    } else if no_digits {
        return None;
    }
    let value: f64 = out.text()?.parse().ok()?;
    value.is_finite().then_some(ParsedNumber { value, percent })
}

/// The number rewritten for the standard parser: on the stack while it fits, else on the heap.
struct Plain<'a> {
    stack: &'a mut [u8; 64],
    len: usize,
    heap: &'a mut Vec<u8>,
}

impl Plain<'_> {
    fn push(&mut self, bytes: &[u8]) {
        if self.heap.is_empty() {
            if let Some(slot) = self.stack.get_mut(self.len..self.len + bytes.len()) {
                slot.copy_from_slice(bytes);
                self.len += bytes.len();
                return;
            }
            self.heap.extend_from_slice(&self.stack[..self.len]);
        }
        self.heap.extend_from_slice(bytes);
    }

    /// The text written; only ASCII digits, a sign and a point are ever pushed.
    fn text(&self) -> Option<&str> {
        let bytes = if self.heap.is_empty() {
            &self.stack[..self.len]
        } else {
            self.heap.as_slice()
        };
        std::str::from_utf8(bytes).ok()
    }
}

/// The groups of an integer part between thousands separators (the grouping character or
/// spaces).
fn groups(integer: &str, grouping: char) -> impl Iterator<Item = &str> {
    integer.split(move |c: char| c == grouping || SPACES.contains(&c))
}

/// Whether an integer part is a run of digits, or digits grouped in thousands: every group
/// after the first has three digits.
fn grouped_digits(integer: &str, grouping: char) -> bool {
    let mut count = 0;
    let mut first_len = 0;
    for group in groups(integer, grouping) {
        if !group.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if count == 0 {
            first_len = group.len();
        } else if group.len() != 3 {
            return false;
        }
        count += 1;
    }
    count == 1 || (first_len > 0 && first_len <= 3)
}

/// Writes a number so that [`parse_number`] with a decimal point reads back the same `f64`.
pub fn write_number(value: f64) -> String {
    format!("{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str, d: DecimalSeparator) -> Option<f64> {
        parse_number(text, d).map(|n| n.value)
    }

    #[test]
    fn reads_both_decimal_conventions() {
        use DecimalSeparator::*;
        assert_eq!(p("1234.5", Point), Some(1234.5));
        assert_eq!(p("1,234.5", Point), Some(1234.5));
        assert_eq!(p("1 234,5", Comma), Some(1234.5));
        assert_eq!(p("1.234,5", Comma), Some(1234.5));
        assert_eq!(p("12,5", Comma), Some(12.5));
        assert_eq!(p("-3", Point), Some(-3.0));
        assert_eq!(p("$ 1,000", Point), Some(1000.0));
        assert_eq!(p("1000€", Comma), Some(1000.0));
        assert_eq!(p(".5", Point), Some(0.5));
    }

    #[test]
    fn refuses_ambiguous_or_non_numbers() {
        use DecimalSeparator::*;
        for bad in [
            "1,5", "12,34,5", "abc", "", "-", "1.2.3", "NaN", "inf", "1e999", "1.", ",5",
        ] {
            assert_eq!(p(bad, Point), None, "{bad:?} must be refused");
        }
        assert_eq!(
            p("1.5", Comma),
            None,
            "a point with decimal comma is a group of 3 or nothing"
        );
    }

    #[test]
    fn notes_percent_sign() {
        let n = parse_number("35 %", DecimalSeparator::Point).unwrap();
        assert_eq!(
            n,
            ParsedNumber {
                value: 35.0,
                percent: true
            }
        );
    }

    /// The reading as it was before it went to the stack: two strings a number.
    fn reference(text: &str, decimal: DecimalSeparator) -> Option<ParsedNumber> {
        let mut t = text.trim();
        let mut percent = false;
        if let Some(rest) = t.strip_suffix('%') {
            percent = true;
            t = rest.trim_end();
        }
        t = t.trim_matches(|c| CURRENCY_SIGNS.contains(&c)).trim();
        let (negative, body) = match t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let body = body.trim_matches(|c| CURRENCY_SIGNS.contains(&c));
        let (integer, fraction) = match body.split_once(decimal.char()) {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        let groups: Vec<&str> = integer
            .split(|c: char| c == decimal.grouping() || SPACES.contains(&c))
            .collect();
        let valid = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
            && (groups.len() == 1
                || (!groups[0].is_empty()
                    && groups[0].len() <= 3
                    && groups[1..].iter().all(|g| g.len() == 3)));
        let digits = valid.then(|| groups.concat())?;
        let mut plain = String::new();
        if negative {
            plain.push('-');
        }
        plain.push_str(if digits.is_empty() { "0" } else { &digits });
        if let Some(f) = fraction {
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            plain.push('.');
            plain.push_str(f);
        } else if digits.is_empty() {
            return None;
        }
        let value: f64 = plain.parse().ok()?;
        value.is_finite().then_some(ParsedNumber { value, percent })
    }

    #[test]
    fn long_numbers_past_the_stack_buffer_read_as_before() {
        use DecimalSeparator::*;
        let long = "1".repeat(70);
        let grouped = format!("1{}", ",234".repeat(30));
        let fraction = format!("0.{}", "3".repeat(80));
        for (text, d) in [
            (long.as_str(), Point),
            (grouped.as_str(), Point),
            (fraction.as_str(), Point),
            (&format!("-{long}"), Comma),
        ] {
            assert_eq!(parse_number(text, d), reference(text, d), "{text}");
            assert!(parse_number(text, d).is_some(), "{text}");
        }
        // Beyond the largest `f64`: refused on the heap path as before.
        assert_eq!(p(&"9".repeat(400), Point), None);
    }

    proptest::proptest! {
        #[test]
        fn reads_as_the_reading_with_strings_did(
            text in "[0-9 ,.'%$€+\\-−\u{a0}a]{0,12}|[0-9]{1,3}([,. ][0-9]{3}){0,30}([,.][0-9]{0,40})?",
            comma: bool,
        ) {
            let d = if comma { DecimalSeparator::Comma } else { DecimalSeparator::Point };
            let (now, before) = (parse_number(&text, d), reference(&text, d));
            proptest::prop_assert_eq!(now.map(|n| n.value.to_bits()), before.map(|n| n.value.to_bits()));
            proptest::prop_assert_eq!(now.map(|n| n.percent), before.map(|n| n.percent));
        }
    }

    #[test]
    fn writes_what_it_reads() {
        for v in [0.1, 1.0 / 3.0, -2.5e-7, 123456789.125, 0.0] {
            assert_eq!(p(&write_number(v), DecimalSeparator::Point), Some(v));
        }
    }
}
