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
    let digits = ungroup(integer, decimal.grouping())?;
    let mut plain = String::with_capacity(body.len() + 2);
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

/// Removes thousands separators (the grouping character or spaces) when every group after the
/// first has three digits; `None` when the integer part is not a grouped run of digits.
fn ungroup(integer: &str, grouping: char) -> Option<String> {
    let groups: Vec<&str> = integer
        .split(|c: char| c == grouping || SPACES.contains(&c))
        .collect();
    let valid = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && (groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3)));
    valid.then(|| groups.concat())
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

    #[test]
    fn writes_what_it_reads() {
        for v in [0.1, 1.0 / 3.0, -2.5e-7, 123456789.125, 0.0] {
            assert_eq!(p(&write_number(v), DecimalSeparator::Point), Some(v));
        }
    }
}
