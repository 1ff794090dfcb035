//! How numbers, money and percentages are written on the page, in the active language's
//! conventions. Non-finite values are written as a dash, never "NaN".

use crate::engine::numbers::{NumberError, NumberSpec};
use crate::i18n::{lang, Lang};
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

/// A count (customers, rows, entries) grouped like every other figure on the page: "10,000
/// customers" beside "€100,544,500.00", never "10000".
pub fn count<N: TryInto<u64>>(n: N) -> String {
    number(n.try_into().map_or(f64::NAN, |n: u64| n as f64), 0)
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

/// Reads what was typed into a field of `spec` as `language` writes numbers, to the value in
/// stored units (a percentage's fraction), checked against the spec's range. Empty text is
/// [`NumberError::Empty`]; an optional field takes that as "no value".
pub fn parse_field(spec: NumberSpec, text: &str, language: Lang) -> Result<f64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let typed = parse_number(text, language.decimal()).ok_or(NumberError::NotANumber)?;
    spec.from_typed(typed.value, typed.percent)
}

/// A stored value as its field of `spec` shows it in the active language, so that
/// [`parse_field`] reads back the same value: a percentage times 100, no grouping.
pub fn field_text(spec: NumberSpec, value: f64) -> String {
    input_number(spec.typed(value))
}

/// Money in the list's currency as the active language writes it: the currency's symbol
/// where the language has one (else its ISO code), placed before the number in English and
/// Chinese and after it elsewhere, with the currency's minor units ("€1,234.50",
/// "1.234,50 €", "1.234.567 ₫").
pub fn money(value: f64, currency: &str) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let code = currency.trim();
    let amount = number(value.abs(), minor_units(code));
    let negative =
        value.is_finite() && value < 0.0 && amount.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    let sign = if negative { "−" } else { "" };
    let language = lang();
    let symbol = currency_symbol(code, language);
    match language {
        Lang::En | Lang::Zh => {
            // A symbol made of letters is set apart from the digits, as CLDR does ("BGN 5.00").
            let gap = if symbol.chars().last().is_some_and(char::is_alphabetic) {
                "\u{a0}"
            } else {
                ""
            };
            format!("{sign}{symbol}{gap}{amount}")
        }
        Lang::Vi | Lang::Es | Lang::Bg => format!("{sign}{amount}\u{a0}{symbol}"),
    }
}

/// Decimal places of a currency's minor unit (ISO 4217); most have two.
pub(crate) fn minor_units(code: &str) -> usize {
    const NO_MINOR_UNIT: [&str; 17] = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
        "VUV", "XAF", "XOF", "XPF",
    ];
    if NO_MINOR_UNIT.iter().any(|c| c.eq_ignore_ascii_case(code)) {
        0
    } else {
        2
    }
}

/// The symbol a language uses for a currency (after CLDR), or the ISO code where a symbol
/// would be ambiguous or the language has none.
fn currency_symbol(code: &str, language: Lang) -> String {
    use Lang::*;
    let symbol = match (code.to_ascii_uppercase().as_str(), language) {
        ("EUR", _) => "€",
        ("GBP", _) => "£",
        ("USD", En) => "$",
        ("USD", Zh | Vi | Es) => "US$",
        ("USD", Bg) => "щ.д.",
        ("JPY", En) => "¥",
        ("JPY", Zh | Vi) => "JP¥",
        ("CNY", Zh) => "¥",
        ("CNY", En | Vi) => "CN¥",
        ("VND", En | Zh | Vi) => "₫",
        ("BGN", Bg) => "лв.",
        ("INR", _) => "₹",
        ("KRW", En | Zh | Vi) => "₩",
        _ => return code.to_string(),
    };
    symbol.to_string()
}

/// A calendar date in the active language's usual short form ("23 Nov 2026", "23/11/2026",
/// "2026年11月23日", "23.11.2026 г."). Files and inputs keep ISO dates; this is for reading.
pub fn date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, day) = (d.year(), d.month(), d.day());
    match lang() {
        Lang::En => format!("{day} {} {y}", MONTHS[d.month0() as usize]),
        Lang::Zh => format!("{y}年{m}月{day}日"),
        Lang::Vi | Lang::Es => format!("{day:02}/{m:02}/{y}"),
        Lang::Bg => format!("{day:02}.{m:02}.{y}\u{a0}г."),
    }
}

/// A fraction as a percentage, e.g. 0.253 → "25.3 %"; Chinese, Vietnamese and Bulgarian
/// write the sign against the number ("25,3%").
pub fn percent(fraction: f64, decimals: usize) -> String {
    let space = match lang() {
        Lang::En | Lang::Es => " ",
        Lang::Zh | Lang::Vi | Lang::Bg => "",
    };
    format!("{}{space}%", number(fraction * 100.0, decimals))
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
        assert_eq!(money(52.78, "USD"), "$52.78");
        assert_eq!(money(-640000.0, "EUR"), "−€640,000.00");
        assert_eq!(money(5.0, "BGN"), "BGN\u{a0}5.00");
        assert_eq!(money(1234567.4, "VND"), "₫1,234,567");
        assert_eq!(money(-0.001, "EUR"), "€0.00");
        assert_eq!(money(f64::NAN, "EUR"), "—");
        assert_eq!(percent(0.253, 1), "25.3 %");
        // Counts are grouped like the money beside them (issue 14: "10000 customers").
        assert_eq!(count(10_000_usize), "10,000");
        assert_eq!(count(6_919_u32), "6,919");
        assert_eq!(count(0_u64), "0");
    }

    #[test]
    fn reads_and_writes_fields_by_their_spec() {
        use crate::engine::numbers::*;
        use crate::i18n::set_lang;
        assert_eq!(parse_field(CHURN_RATE, " 20 ", Lang::En), Ok(0.2));
        assert_eq!(parse_field(CHURN_RATE, "12,5 %", Lang::Es), Ok(0.125));
        assert_eq!(parse_field(HOURLY_RATE, "1.234,5", Lang::Bg), Ok(1234.5));
        assert_eq!(parse_field(HOURLY_RATE, "1,234.5", Lang::En), Ok(1234.5));
        assert_eq!(
            parse_field(HOURLY_RATE, "", Lang::En),
            Err(NumberError::Empty)
        );
        assert_eq!(
            parse_field(HOURLY_RATE, "  ", Lang::En),
            Err(NumberError::Empty)
        );
        assert_eq!(
            parse_field(HOURLY_RATE, "lots", Lang::En),
            Err(NumberError::NotANumber)
        );
        assert_eq!(
            parse_field(HOURLY_RATE, "1,5", Lang::En),
            Err(NumberError::NotANumber),
            "a comma with a decimal point is a group of three or nothing"
        );
        assert_eq!(
            parse_field(HOURLY_RATE, "-1", Lang::En),
            Err(NumberError::BelowMin { min: 0.0 })
        );
        assert_eq!(
            parse_field(TOP_SHARE, "101", Lang::En),
            Err(NumberError::AboveMax { max: 1.0 })
        );
        assert_eq!(
            parse_field(CAPACITY, "2.5", Lang::En),
            Err(NumberError::NotWhole)
        );
        assert_eq!(
            parse_field(PREDICTION_PERIODS, "0", Lang::En),
            Err(NumberError::BelowMin { min: 0.0 })
        );
        assert_eq!(parse_field(ICP_BOUND, "35 %", Lang::En), Ok(0.35));
        assert_eq!(parse_field(ORDER_PROFIT, "−40", Lang::En), Ok(-40.0));
        set_lang(Lang::Vi);
        assert_eq!(field_text(CHURN_RATE, 0.125), "12,5");
        assert_eq!(field_text(TIER_SHARE, 0.07), "7");
        set_lang(Lang::En);
        assert_eq!(field_text(CHURN_RATE, 0.125), "12.5");
        assert_eq!(field_text(HOURLY_RATE, 1234.5), "1234.5");
        for spec in [
            CHURN_RATE,
            DISCOUNT_RATE,
            HOURLY_RATE,
            TOP_SHARE,
            MONTHLY_DISCOUNT,
        ] {
            for v in [spec.min, spec.max, 0.07, 0.29, 0.333] {
                if spec.contains(v) {
                    let back = parse_field(spec, &field_text(spec, v), Lang::En);
                    assert!(back.is_ok_and(|b| (b - v).abs() < 1e-9), "{v} in {spec:?}");
                }
            }
        }
    }

    #[test]
    fn writes_dates_as_each_language_does() {
        use crate::i18n::{set_lang, Lang};
        let d = chrono::NaiveDate::from_ymd_opt(1998, 6, 3).unwrap();
        let expected = [
            (Lang::En, "3 Jun 1998"),
            (Lang::Vi, "03/06/1998"),
            (Lang::Zh, "1998年6月3日"),
            (Lang::Es, "03/06/1998"),
            (Lang::Bg, "03.06.1998\u{a0}г."),
        ];
        for (language, text) in expected {
            set_lang(language);
            assert_eq!(date(d), text);
        }
        set_lang(Lang::En);
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
        assert_eq!(money(-1234.5, "BGN"), "−1\u{a0}234,50\u{a0}лв.");
        assert_eq!(money(2.0, "USD"), "2,00\u{a0}щ.д.");
        assert_eq!(percent(0.253, 1), "25,3%");
        set_lang(Lang::Vi);
        assert_eq!(money(1234567.0, "VND"), "1.234.567\u{a0}₫");
        set_lang(Lang::Zh);
        assert_eq!(money(88.0, "CNY"), "¥88.00");
        assert_eq!(money(88.0, "USD"), "US$88.00");
        set_lang(Lang::En);
        assert_eq!(input_number(0.25), "0.25");
    }
}
