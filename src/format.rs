//! How numbers, money and percentages are written on the page, in the active language's
//! conventions. Non-finite values are written as a dash, never "NaN".

use crate::i18n::lang;
use crate::io::number::{parse_number, DecimalSeparator, ParsedNumber};

/// Groups thousands and rounds to `decimals` places, with the active language's separators.
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (integer, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let language = lang();
    let mut grouped = String::with_capacity(text.len() + text.len() / 3 + 1);
    for (i, ch) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            grouped.push_str(language.grouping());
        }
        grouped.push(ch);
    }
    let zero = text.bytes().all(|b| b == b'0' || b == b'.');
    let sign = if value < 0.0 && !zero { "−" } else { "" };
    match fraction {
        Some(f) => format!("{sign}{grouped}{}{f}", language.decimal().char()),
        None => format!("{sign}{grouped}"),
    }
}

/// A number as it stands in an input field: full precision, no grouping, the active
/// language's decimal separator (so [`parse_input`] reads back the same value).
pub fn input_number(value: f64) -> String {
    let text = crate::io::number::write_number(value);
    match lang().decimal() {
        DecimalSeparator::Point => text,
        DecimalSeparator::Comma => text.replace('.', ","),
    }
}

/// Reads a number typed in the active language (its decimal separator; grouping allowed).
pub fn parse_input(text: &str) -> Option<ParsedNumber> {
    parse_number(text, lang().decimal())
}

/// Money in the list's currency, two decimals, e.g. "EUR 1,234.50".
pub fn money(value: f64, currency: &str) -> String {
    format!("{currency} {}", number(value, 2))
}

/// A fraction as a percentage, e.g. 0.253 → "25.3 %".
pub fn percent(fraction: f64, decimals: usize) -> String {
    format!("{} %", number(fraction * 100.0, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_grouped_numbers() {
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(-640000.0, 0), "−640,000");
        assert_eq!(number(999.5, 0), "1,000");
        assert_eq!(number(-0.001, 2), "0.00");
        assert_eq!(number(f64::NAN, 2), "—");
        assert_eq!(number(f64::INFINITY, 0), "—");
        assert_eq!(money(52.78, "USD"), "USD 52.78");
        assert_eq!(percent(0.253, 1), "25.3 %");
    }

    #[test]
    fn follows_the_language() {
        use crate::i18n::{set_lang, Lang};
        set_lang(Lang::Es);
        assert_eq!(number(1234567.891, 2), "1.234.567,89");
        set_lang(Lang::Bg);
        assert_eq!(number(-1234.5, 1), "−1\u{a0}234,5");
        assert_eq!(input_number(0.25), "0,25");
        assert_eq!(parse_input("1.234,5").map(|n| n.value), Some(1234.5));
        set_lang(Lang::En);
        assert_eq!(input_number(0.25), "0.25");
    }
}
