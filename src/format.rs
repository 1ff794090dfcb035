//! How numbers, money and percentages are written on the page, in the active language's
//! conventions. Non-finite values are written as a dash, never "NaN".

use crate::i18n::lang;

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
        set_lang(Lang::En);
    }
}
