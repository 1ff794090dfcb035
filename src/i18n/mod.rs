//! Every visible string goes through [`t`]: a key looked up in the active language's table,
//! falling back to English. Languages are tables of the same keys; numbers follow the
//! language's separators (see [`Lang::decimal`]).

mod en;

use crate::io::number::DecimalSeparator;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The languages of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
    Zh,
    Es,
    Bg,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Vi, Lang::Zh, Lang::Es, Lang::Bg];

    /// BCP 47 code, as in `<html lang>` and the browser's preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
            Lang::Zh => "zh-CN",
            Lang::Es => "es",
            Lang::Bg => "bg",
        }
    }

    /// The language's own name, shown in the language switch whatever language is active.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Vi => "Tiếng Việt",
            Lang::Zh => "简体中文",
            Lang::Es => "Español",
            Lang::Bg => "Български",
        }
    }

    /// The language for a browser preference such as "es-MX" or "zh-Hans-CN".
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().split('-').next() == Some(primary.as_str()))
    }

    /// Decimal separator for numbers shown and typed in this language.
    pub fn decimal(self) -> DecimalSeparator {
        match self {
            Lang::En | Lang::Zh => DecimalSeparator::Point,
            Lang::Vi | Lang::Es | Lang::Bg => DecimalSeparator::Comma,
        }
    }

    /// Thousands separator for numbers shown in this language.
    pub fn grouping(self) -> &'static str {
        match self {
            Lang::En | Lang::Zh => ",",
            Lang::Vi | Lang::Es => ".",
            Lang::Bg => "\u{a0}",
        }
    }

    fn strings(self) -> &'static [&'static [(&'static str, &'static str)]] {
        match self {
            Lang::En => en::TABLES,
            Lang::Vi | Lang::Zh | Lang::Es | Lang::Bg => &[],
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The active language (per thread: the page has one, each native test its own).
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Makes `lang` the active language for every later [`t`] and number.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn table(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    static TABLES: OnceLock<Vec<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| l.strings().iter().flat_map(|t| t.iter().copied()).collect())
            .collect()
    });
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &tables[index]
}

fn english() -> &'static HashMap<&'static str, &'static str> {
    table(Lang::En)
}

/// The text of a key in the active language (English when the key has no translation); an
/// unknown key shows as itself so a gap is visible, and a test fails.
pub fn t(key: &str) -> String {
    table(lang())
        .get(key)
        .or_else(|| english().get(key))
        .map_or_else(|| key.to_string(), |s| (*s).to_string())
}

/// The text of a key with `{name}` placeholders filled in.
pub fn tf(key: &str, args: &[(&str, &str)]) -> String {
    let mut text = t(key);
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Whether a key exists (for tests and for optional hints).
pub fn has(key: &str) -> bool {
    english().contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::fields::Field;

    /// Literal keys passed to t(…) or tf(…) anywhere in src/.
    fn literal_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for pattern in ["t(\"", "tf(\""] {
                for (pos, _) in text.match_indices(pattern) {
                    let before = text[..pos].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[pos + pattern.len()..];
                    if let Some(end) = rest.find('"') {
                        keys.push(rest[..end].to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_literal_key_has_english_text() {
        let missing: Vec<String> = literal_keys().into_iter().filter(|k| !has(k)).collect();
        assert!(missing.is_empty(), "keys without English text: {missing:?}");
    }

    #[test]
    fn every_field_rule_unit_and_choice_has_text() {
        for f in Field::ALL {
            for key in [
                f.label_key(),
                f.rule_key().to_string(),
                f.unit_key().to_string(),
            ] {
                assert!(key.is_empty() || has(&key), "missing {key}");
            }
            for choice in f.choices() {
                assert!(has(&format!("choice.{choice}")), "missing choice.{choice}");
            }
        }
        for key in ["rule.unique_id", "rule.indicator"] {
            assert!(has(key));
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (k, _) in en::TABLES.iter().flat_map(|t| t.iter()) {
            assert!(seen.insert(k), "duplicate key {k}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            tf("import.summary", &[("good", "3"), ("bad", "1")]),
            "3 good rows, 1 bad row(s)."
        );
    }
}
