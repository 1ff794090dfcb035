//! Every visible string goes through [`t`]: a key looked up in the active language's table,
//! falling back to English. Languages are tables of the same keys; numbers follow the
//! language's separators (see [`Lang::decimal`]).

mod bg;
mod en;
mod es;
mod vi;
mod zh;

use crate::engine::keys::VariantArray;
use crate::io::fields::{ChoiceLabels, Field};
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
            Lang::Vi => vi::TABLES,
            Lang::Zh => zh::TABLES,
            Lang::Es => es::TABLES,
            Lang::Bg => bg::TABLES,
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

/// The page's names of every choice in every language, so that a file exported from the page
/// (or typed from its drop-downs) in any language reads back as the same choices.
pub fn choice_labels() -> &'static ChoiceLabels {
    static LABELS: OnceLock<ChoiceLabels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut labels = ChoiceLabels::default();
        for &field in Field::VARIANTS {
            for choice in field.choices() {
                let key = format!("choice.{choice}");
                for lang in Lang::ALL {
                    if let Some(label) = table(lang).get(key.as_str()) {
                        labels.add(field, choice, label);
                    }
                }
            }
        }
        labels
    })
}

/// Whether a key exists (for tests and for optional hints).
pub fn has(key: &str) -> bool {
    english().contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::fields::Field;
    use std::collections::HashSet;

    /// Every source file under src/ as (path from src/, text); the string tables of src/i18n/
    /// only when `with_tables`.
    fn source_files(with_tables: bool) -> Vec<(String, String)> {
        let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let mut stack = vec![root.clone()];
        let mut files = Vec::new();
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                if with_tables || path != root.join("i18n") {
                    stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                }
                continue;
            }
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
        files
    }

    /// Literal keys passed to t(…) or tf(…) anywhere in src/.
    fn literal_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for (_, text) in source_files(true) {
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
        for &f in Field::VARIANTS {
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

    /// Every string literal in src/ (outside the string tables), and the prefixes of keys
    /// built at run time with `format!("prefix.{…}")`.
    fn literals_and_dynamic_prefixes() -> (HashSet<String>, Vec<String>) {
        let mut literals = HashSet::new();
        let mut prefixes = Vec::new();
        for (_, text) in source_files(false) {
            for piece in string_literals(&text) {
                if let Some(open) = piece.find('{') {
                    let prefix = &piece[..open];
                    if prefix.contains('.') && !prefix.contains(' ') {
                        prefixes.push(prefix.to_string());
                    }
                }
                literals.insert(piece);
            }
        }
        (literals, prefixes)
    }

    /// The contents of the double-quoted string literals of Rust source (escapes kept as
    /// written; a quote inside a char literal is not a string).
    fn string_literals(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = text.chars().peekable();
        let mut current: Option<String> = None;
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            match current.as_mut() {
                Some(buf) if c == '\\' => {
                    buf.push(c);
                    if let Some(next) = chars.next() {
                        buf.push(next);
                    }
                }
                Some(_) if c == '"' => out.extend(current.take()),
                Some(buf) => buf.push(c),
                None if c == '"' && previous != '\'' => current = Some(String::new()),
                None => {}
            }
            previous = c;
        }
        out
    }

    #[test]
    fn every_english_key_is_used() {
        let (literals, prefixes) = literals_and_dynamic_prefixes();
        let unused: Vec<&str> = english()
            .keys()
            .copied()
            .filter(|k| {
                !literals.contains(*k) && !prefixes.iter().any(|p| k.starts_with(p.as_str()))
            })
            .filter(|k| {
                !k.starts_with("field.") && !k.starts_with("rule.") && !k.starts_with("unit.")
            })
            .collect();
        assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_language_translates_every_key_and_nothing_else() {
        for language in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let table = table(language);
            let missing: Vec<&str> = english()
                .keys()
                .copied()
                .filter(|k| !table.contains_key(k))
                .collect();
            let unknown: Vec<&str> = table
                .keys()
                .copied()
                .filter(|k| !english().contains_key(k))
                .collect();
            assert!(
                missing.is_empty(),
                "{language:?} lacks {} keys: {missing:?}",
                missing.len()
            );
            assert!(
                unknown.is_empty(),
                "{language:?} has keys English does not: {unknown:?}"
            );
            let count: usize = language.strings().iter().map(|t| t.len()).sum();
            assert_eq!(count, table.len(), "{language:?} repeats a key");
            for (key, english_text) in english() {
                let text = table[key];
                assert!(
                    !text.trim().is_empty() || english_text.trim().is_empty(),
                    "{language:?} {key} is empty"
                );
                assert_eq!(
                    placeholders(text),
                    placeholders(english_text),
                    "{language:?} {key}: placeholders differ"
                );
            }
        }
    }

    /// A call in Rust source: the name before its `(` (last path segment, `!` kept for
    /// macros), where its arguments start and end, and the string literals directly inside
    /// it (not inside a nested call; inside a `match` or `if` of its arguments they are).
    struct Call {
        name: String,
        args: std::ops::Range<usize>,
        literals: Vec<String>,
    }

    /// Every call of `text`, skipping comments and char literals, so a key's placeholders can
    /// be checked against the call that shows it.
    fn calls(text: &str) -> Vec<Call> {
        let bytes = text.as_bytes();
        let mut done = Vec::new();
        let mut open: Vec<Call> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = text[i..].find('\n').map_or(bytes.len(), |e| i + e);
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = text[i..].find("*/").map_or(bytes.len(), |e| i + e + 2);
                }
                b'\'' => {
                    // '\n', 'x', '语' are char literals; 'a in a lifetime is not.
                    let rest = &text[i + 1..];
                    i += if rest.starts_with('\\') {
                        rest[2..].find('\'').map_or(1, |e| e + 4)
                    } else {
                        rest.chars()
                            .next()
                            .filter(|c| rest[c.len_utf8()..].starts_with('\''))
                            .map_or(1, |c| c.len_utf8() + 2)
                    };
                }
                b'"' => {
                    let mut end = i + 1;
                    while end < bytes.len() && bytes[end] != b'"' {
                        end += if bytes[end] == b'\\' { 2 } else { 1 };
                    }
                    if let Some(call) = open.last_mut() {
                        call.literals
                            .push(text[i + 1..end.min(bytes.len())].to_string());
                    }
                    i = end + 1;
                }
                b'(' => {
                    let name: String = text[..i]
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '!')
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    open.push(Call {
                        name,
                        args: i + 1..i + 1,
                        literals: Vec::new(),
                    });
                    i += 1;
                }
                b')' => {
                    if let Some(mut call) = open.pop() {
                        call.args.end = i;
                        done.push(call);
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        done
    }

    /// The names a `tf` call's literal argument list supplies (`("name", …)`), or `None` when
    /// the arguments are not written out at the call.
    fn supplied_names(args: &str) -> Option<HashSet<&str>> {
        let list = &args[args.find("&[")?..];
        Some(
            list.split('(')
                .skip(1)
                .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split_once('"'))
                .filter(|(_, after)| after.trim_start().starts_with(','))
                .map(|(name, _)| name)
                .filter(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .collect(),
        )
    }

    /// Every key shown with `t` has no placeholder (`t` fills none), every `tf` call written
    /// out supplies every placeholder of every key it may show (a `match` of keys included), and `unit_text` (which fills the currency)
    /// gets only keys whose sole placeholder is the currency: a `{name}` left in the page is
    /// caught here before a browser shows it.
    #[test]
    fn every_call_fills_the_placeholders_of_its_key() {
        let mut unfilled = Vec::new();
        let mut checked_tf = 0;
        for (file, text) in source_files(false) {
            let all = calls(&text);
            for call in &all {
                for literal in &call.literals {
                    let Some(english_text) = english().get(literal.as_str()) else {
                        continue;
                    };
                    let wanted = placeholders(english_text);
                    let missing: Vec<&str> = match call.name.as_str() {
                        "t" => wanted,
                        "unit_text" => wanted.into_iter().filter(|n| *n != "currency").collect(),
                        "tf" => {
                            let args = &text[call.args.clone()];
                            let Some(names) = supplied_names(args) else {
                                continue;
                            };
                            checked_tf += 1;
                            wanted.into_iter().filter(|n| !names.contains(n)).collect()
                        }
                        _ => Vec::new(),
                    };
                    if !missing.is_empty() {
                        unfilled.push(format!(
                            "{file}: {}(\"{literal}\") leaves {missing:?}",
                            call.name
                        ));
                    }
                }
            }
            // t(&format!("prefix{…}")): no key of the family may have a placeholder.
            for call in all.iter().filter(|c| c.name == "format!") {
                let inside_t = all.iter().any(|outer| {
                    outer.name == "t"
                        && outer.args.start <= call.args.start
                        && call.args.end <= outer.args.end
                        && text[outer.args.start..call.args.start].trim() == "&format!("
                });
                let Some(pattern) = call.literals.first() else {
                    continue;
                };
                let prefix = pattern.split('{').next().unwrap_or_default();
                if !inside_t || !prefix.contains('.') {
                    continue;
                }
                for (key, english_text) in english() {
                    if key.starts_with(prefix) && !placeholders(english_text).is_empty() {
                        unfilled.push(format!("{file}: t(&format!(\"{pattern}\")) can show {key}"));
                    }
                }
            }
        }
        assert!(
            unfilled.is_empty(),
            "placeholders left unfilled: {unfilled:#?}"
        );
        assert!(checked_tf > 250, "only {checked_tf} tf calls were read");
    }

    /// The scanner itself: a key given to `t` inside a `match` is still seen as given to `t`.
    #[test]
    fn the_call_scanner_sees_keys_through_a_match() {
        let source = "let c = '(';\n// t(\"x\n\nt(match i { A => \"a.b\", _ => \"c.d\" }); tf(\"e.f\", &[(\"n\", &t(\"g\"))]);";
        let found: Vec<(String, Vec<String>)> = calls(source)
            .into_iter()
            .map(|c| (c.name, c.literals))
            .collect();
        assert_eq!(
            found,
            vec![
                ("t".to_string(), vec!["a.b".to_string(), "c.d".to_string()]),
                ("t".to_string(), vec!["g".to_string()]),
                (String::new(), vec!["n".to_string()]),
                ("tf".to_string(), vec!["e.f".to_string()]),
            ]
        );
        assert_eq!(
            supplied_names("\"e.f\", &[(\"n\", &t(\"g\")), (\"unit\", &u)]"),
            Some(HashSet::from(["n", "unit"]))
        );
    }

    /// Internal references ("DOMAIN §3") are for developers, never for the page.
    #[test]
    fn no_text_cites_the_domain_notes() {
        for language in Lang::ALL {
            for (key, text) in table(language) {
                assert!(
                    !text.contains("DOMAIN") && !text.contains('§'),
                    "{language:?} {key}: {text}"
                );
            }
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

    #[test]
    fn every_choice_label_in_every_language_reads_back_as_its_choice() {
        use crate::engine::model::Customer;
        use crate::io::fields::CellReading;
        use crate::io::number::DecimalSeparator;
        let reading = CellReading {
            labels: Some(choice_labels()),
            ..CellReading::plain(DecimalSeparator::Point)
        };
        let mut checked = 0;
        for &field in Field::VARIANTS {
            for choice in field.choices() {
                for lang in Lang::ALL {
                    let label = table(lang)[format!("choice.{choice}").as_str()];
                    assert_eq!(
                        reading.choice(field, label),
                        Some(Some(choice)),
                        "{field:?} {lang:?} {label:?}"
                    );
                    checked += 1;
                }
            }
        }
        // 2 status + 3 + 3 answers + 5 markets + 15 channels + 4 sizes + 4 stages, × 5 languages.
        assert_eq!(checked, 36 * 5);
        let mut c = Customer::default();
        Field::Channel
            .apply_as(&mut c, "Referral, word of mouth", &reading)
            .unwrap();
        assert_eq!(c.channel, Some(crate::engine::model::Channel::Referral));
    }
}
